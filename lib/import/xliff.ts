import type { ArticleDraft } from "./article-draft";
import { importFailure, type ImportResult } from "./import-failure";
import { withinNesting } from "./nesting";
import { parseXml } from "./parse-xml";
import { readXliff12 } from "./xliff-1-2";
import { readXliff2 } from "./xliff-2";
import type { XliffOptions } from "./xliff-options";
import { XLIFF_1_2_NAMESPACE, XLIFF_2_NAMESPACE } from "./xliff-vocabulary";
import { attributeOf } from "./xml-element";

/**
 * Reads a bilingual XLIFF file, 1.2 or 2.x: source into `sourceText`, target (the machine
 * output) into `text`, ids into `externalId` and states into statuses (see xliff-states.ts).
 */
export function parseXliff(xml: string, options: XliffOptions): ImportResult<ArticleDraft> {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.local !== "xliff") return importFailure("xliffInvalid", { line: root.line, column: root.column, problem: "notXliff" });
  const version = attributeOf(root, "version") ?? null;
  if (root.uri === XLIFF_2_NAMESPACE && version?.startsWith("2.")) return withinNesting(() => readXliff2(root, options));
  // Some tools write 1.2 without its namespace; the version attribute still says which it is.
  if ((root.uri === XLIFF_1_2_NAMESPACE || root.uri === "") && version === "1.2") return withinNesting(() => readXliff12(root, options));
  return importFailure("xliffVersionUnsupported", { version });
}
