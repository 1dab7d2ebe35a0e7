import type { ArticleDraft } from "./article-draft";
import { importFailure, type ImportResult } from "./import-failure";
import { withinNesting } from "./nesting";
import { parseXml } from "./parse-xml";
import { readXliff12 } from "./xliff-1-2";
import { readXliff2 } from "./xliff-2";
import type { XliffOptions } from "./xliff-options";
import { XLIFF_1_1_NAMESPACE, XLIFF_1_2_NAMESPACE, XLIFF_2_2_NAMESPACE, XLIFF_2_NAMESPACE } from "./xliff-vocabulary";
import { attributeOf } from "./xml-element";

type XliffReader = typeof readXliff12;

/**
 * The versions Galley reads, each with the core namespaces it may come in. Some tools write
 * 1.x without a namespace; the version attribute still says which it is. Any other version
 * string ("2.0.1", "2.3", "1.0") is refused rather than guessed at.
 */
const VERSIONS: Readonly<Record<string, { namespaces: readonly string[]; read: XliffReader }>> = {
  "1.1": { namespaces: [XLIFF_1_1_NAMESPACE, ""], read: readXliff12 },
  "1.2": { namespaces: [XLIFF_1_2_NAMESPACE, ""], read: readXliff12 },
  "2.0": { namespaces: [XLIFF_2_NAMESPACE], read: readXliff2 },
  "2.1": { namespaces: [XLIFF_2_NAMESPACE], read: readXliff2 },
  "2.2": { namespaces: [XLIFF_2_2_NAMESPACE, XLIFF_2_NAMESPACE], read: readXliff2 },
};

/**
 * Reads a bilingual XLIFF file, 1.2 (or 1.1) or 2.0, 2.1 or 2.2: source into `sourceText`,
 * target (the machine output) into `text`, ids into `externalId` and states into statuses
 * (see xliff-states.ts).
 */
export function parseXliff(xml: string, options: XliffOptions): ImportResult<ArticleDraft> {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.local !== "xliff")
    return importFailure("xliffInvalid", { line: root.line, column: root.column, problem: "notXliff" });
  const version = attributeOf(root, "version") ?? null;
  const supported = version === null ? undefined : Object.hasOwn(VERSIONS, version) ? VERSIONS[version] : undefined;
  if (!supported?.namespaces.includes(root.uri)) return importFailure("xliffVersionUnsupported", { version });
  return withinNesting(() => supported.read(root, options));
}
