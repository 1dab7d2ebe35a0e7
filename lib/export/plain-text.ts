import {
  DATELINE_SEPARATOR,
  isExported,
  unapprovedMarker,
  type ArticleContent,
  type ExportOptions,
} from "./article-content";

const LINE_BREAK = /\r\n|\r|\n/g;

function lineBreaks(gap: string): number {
  return gap.match(LINE_BREAK)?.length ?? 0;
}

/** Of the gaps around left-out segments, the one that keeps the layout: the most line breaks. */
function widestGap(gaps: readonly string[]): string {
  return gaps.reduce((widest, gap) => (lineBreaks(gap) > lineBreaks(widest) ? gap : widest));
}

/**
 * The article as plain text, laid out as it was imported. An unedited article without
 * page chrome comes back byte for byte (when every segment is approved or has no status).
 * With scope "all", an unapproved segment is preceded by its status in brackets: "[edited] ".
 */
export function toPlainText(content: ArticleContent, options: ExportOptions = {}): string {
  let text = "";
  let emitted = false;
  let skippedGaps: string[] = [];
  let previous: ArticleContent["segments"][number] | undefined;
  for (const segment of content.segments) {
    if (!isExported(segment, options)) {
      skippedGaps.push(segment.gapBefore);
      continue;
    }
    let gap = skippedGaps.length === 0 ? segment.gapBefore : widestGap([...skippedGaps, segment.gapBefore]);
    if (!emitted && skippedGaps.length > 0) gap = "";
    if (
      previous?.kind === "dateline" &&
      previous.block === segment.block &&
      !/\S/u.test(segment.gapBefore) &&
      lineBreaks(gap) === 0
    ) {
      gap = DATELINE_SEPARATOR;
    }
    text += gap + unapprovedMarker(segment) + segment.text;
    emitted = true;
    skippedGaps = [];
    previous = segment;
  }
  return text + content.trailingText;
}
