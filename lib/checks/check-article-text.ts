import { classifyBlocks } from "../segmentation/classify-blocks";
import { segmentText } from "../segmentation/segment-text";
import { findCheck } from "./registry";
import { runChecks } from "./run";
import type { Fix, MqmCategory, SegmentView, Severity } from "./types";

/** A finding placed in the original text: line-based, as editors and other tools count. */
export interface LineFinding {
  /** 1-based line number in the text. */
  line: number;
  /** UTF-16 offsets within the line, end exclusive. */
  start: number;
  end: number;
  text: string;
  check: string;
  category: MqmCategory;
  severity: Severity;
  /** Suggested fixes, best first; a split's or an insertion's offset is within the line, like `start`. */
  fixes: Fix[];
  messageKey: string;
  values?: Record<string, string | number>;
}

export interface CheckArticleOptions {
  sourceLang?: string | null;
  targetLang: string;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (const found of text.matchAll(/\r\n|\n|\r/gu)) starts.push(found.index + found[0].length);
  return starts;
}

/** Index of the last line starting at or before `offset`. */
function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Segments a plain-text article as the importer does, runs every check, and maps findings back to lines. */
export function checkArticleText(text: string, options: CheckArticleOptions): LineFinding[] {
  const { pieces, blocks } = segmentText(text, options.targetLang);
  const kinds = classifyBlocks(blocks);
  const segments: SegmentView[] = pieces.map((piece) => ({
    text: piece.text,
    kind: kinds[piece.block] ?? "paragraph",
  }));
  const results = runChecks(segments, {
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    blocks: pieces.map((piece) => piece.block),
  });

  const starts = lineStarts(text);
  const findings: LineFinding[] = [];
  let offset = 0;
  pieces.forEach((piece, index) => {
    offset += piece.gapBefore.length;
    const pieceStart = offset;
    offset += piece.text.length;
    const line = lineIndexOf(starts, pieceStart);
    const lineStart = starts[line] ?? 0;
    for (const match of results[index] ?? []) {
      const check = findCheck(match.check);
      if (!check) continue;
      const inLine = pieceStart - lineStart;
      const start = inLine + match.start;
      const end = inLine + match.end;
      const finding: LineFinding = {
        line: line + 1,
        start,
        end,
        text: piece.text.slice(match.start, match.end),
        check: check.id,
        category: check.category,
        severity: check.severity,
        fixes: match.fixes.map((fix) =>
          fix.type === "split-dateline" || fix.type === "insert" ? { ...fix, at: inLine + fix.at } : fix,
        ),
        messageKey: check.messageKey,
      };
      if (match.values) finding.values = match.values;
      findings.push(finding);
    }
  });
  return findings;
}
