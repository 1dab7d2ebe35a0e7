import { STATUS_TO_XLIFF_1_2 } from "../import/xliff-states";
import {
  GALLEY_XLIFF_NAMESPACE,
  GALLEY_XLIFF_PREFIX,
  MACHINE_TRANSLATION_ORIGIN,
  XLIFF_1_2_NAMESPACE,
} from "../import/xliff-vocabulary";
import { isInScope, type ArticleContent, type ExportOptions, type ExportSegment } from "./article-content";
import { IdAllocator } from "./id-allocator";
import { escapeXmlText, xmlAttributes } from "./xml-text";

const UNDETERMINED_LANGUAGE = "und";
const DEFAULT_ORIGINAL = "article";

function writeTransUnit(segment: ExportSegment, ids: IdAllocator): string[] {
  const status = segment.status ?? "new";
  const marking = STATUS_TO_XLIFF_1_2[status];
  const unitAttributes = xmlAttributes({
    id: ids.take(segment.externalId),
    approved: marking.approved ? "yes" : undefined,
    translate: segment.kind === "page_chrome" ? "no" : undefined,
    "xml:space": "preserve",
    [`${GALLEY_XLIFF_PREFIX}:block`]: segment.block,
    [`${GALLEY_XLIFF_PREFIX}:kind`]: segment.kind,
    [`${GALLEY_XLIFF_PREFIX}:status`]: status,
  });
  const targetAttributes = xmlAttributes({
    state: marking.state,
    "state-qualifier": marking.stateQualifier ?? undefined,
  });
  const lines = [
    `      <trans-unit${unitAttributes}>`,
    `        <source>${escapeXmlText(segment.sourceText ?? "")}</source>`,
    `        <target${targetAttributes}>${escapeXmlText(segment.text)}</target>`,
  ];
  if (segment.mtText !== undefined && segment.mtText !== segment.text) {
    lines.push(
      `        <alt-trans${xmlAttributes({ origin: MACHINE_TRANSLATION_ORIGIN })}>`,
      `          <target>${escapeXmlText(segment.mtText)}</target>`,
      "        </alt-trans>",
    );
  }
  lines.push("      </trans-unit>");
  return lines;
}

/**
 * The article as XLIFF 1.2: one `<trans-unit>` per segment with the id it was imported
 * with; the status goes into the target's state, state-qualifier and `approved` (see
 * xliff-states.ts) and exactly into `galley:status`; block and kind into galley:block and
 * galley:kind; page chrome is kept, `translate="no"`; an edited segment's machine output
 * is an `<alt-trans origin="machine-translation">`. Characters XML cannot hold become U+FFFD.
 */
export function toXliff12(content: ArticleContent, options: ExportOptions = {}): string {
  const ids = new IdAllocator("s");
  const rootAttributes = xmlAttributes({
    version: "1.2",
    xmlns: XLIFF_1_2_NAMESPACE,
    [`xmlns:${GALLEY_XLIFF_PREFIX}`]: GALLEY_XLIFF_NAMESPACE,
  });
  const fileAttributes = xmlAttributes({
    original: content.origin || DEFAULT_ORIGINAL,
    "source-language": content.sourceLang ?? UNDETERMINED_LANGUAGE,
    "target-language": content.targetLang ?? UNDETERMINED_LANGUAGE,
    datatype: "plaintext",
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff${rootAttributes}>`,
    `  <file${fileAttributes}>`,
    "    <body>",
    ...content.segments
      .filter((segment) => isInScope(segment, options))
      .flatMap((segment) => writeTransUnit(segment, ids)),
    "    </body>",
    "  </file>",
    "</xliff>",
    "",
  ].join("\n");
}
