import type { SegmentKind } from "../segmentation/kinds";

/** The MQM top-level error types, the closed list a finding's category comes from. */
export type MqmCategory = "accuracy" | "fluency" | "terminology" | "style" | "locale-conventions" | "design-markup";

/** A critical finding blocks approval; a minor one is a warning the editor may override. */
export type Severity = "minor" | "major" | "critical";

export interface SegmentView {
  text: string;
  kind: SegmentKind;
  sourceText?: string | null;
  /**
   * Offsets in `text`, ascending, where inline formatting of the imported page began or ended (a link,
   * an emphasised title), when the text is still the one imported. Words that meet there
   * without a space were fused by the machine translation, whatever their case.
   */
  formattingEdges?: readonly number[];
}

export interface CheckContext {
  /** The same segment `detect()` receives. */
  segment: SegmentView;
  /** Neighbours in the article, across block boundaries. */
  previous?: SegmentView;
  next?: SegmentView;
  block: { index: number; segments: SegmentView[]; positionInBlock: number };
  /** This segment's position among all segments; `blocks` lists every block in order when the caller has them. */
  article: { index: number; total: number; blocks?: readonly (readonly SegmentView[])[] };
  sourceLang?: string | null;
  targetLang: string;
  /**
   * Whether the segment's text has cased letters beyond Latin-1, found once by the runner so
   * that every check's Latin-1 shortcut can rely on it without scanning the text again.
   */
  casedBeyondLatin1: boolean;
}

export type Fix =
  /** Replace [start, end) of the match with `text`. */
  | { type: "replace"; text: string }
  /** Insert `text` at offset `at` of the segment, which may lie outside the match ("close the quote at the end"). */
  | { type: "insert"; at: number; text: string }
  /** Split the segment at offset `at`: the left part becomes a dateline segment. */
  | { type: "split-dateline"; at: number }
  /** Remove the matched text and tidy the spaces around it; a whole segment is emptied. */
  | { type: "remove" }
  /** Mark the whole segment as page chrome. */
  | { type: "mark-chrome" };

export interface CheckMatch {
  check: string;
  /** UTF-16 offsets into the segment's text, end exclusive. */
  start: number;
  end: number;
  /** Suggested fixes, best first. */
  fixes: Fix[];
  /** Values for the placeholders of the check's message. */
  values?: Record<string, string | number>;
}

/** A segment in a small made-up article, enough to give a check its context. */
export interface CheckExample {
  text: string;
  /** Defaults to "paragraph". */
  kind?: SegmentKind;
  /** Earlier and later sentences of the same block. */
  sentencesBefore?: readonly string[];
  sentencesAfter?: readonly string[];
  /** Whole blocks before and after this one, one segment each; a plain string is a paragraph. */
  blocksBefore?: readonly ExampleBlock[];
  blocksAfter?: readonly ExampleBlock[];
  sourceText?: string;
  sourceLang?: string;
  /** The translation's language; defaults to "en". */
  targetLang?: string;
  /** Where the imported page's links and emphasis began and ended, as an import records them. */
  formattingEdges?: readonly number[];
  /** Why the example is there, when the text alone does not say. */
  note?: string;
}

export type ExampleBlock = string | { text: string; kind: SegmentKind };

export interface BadCheckExample extends CheckExample {
  /** The text the one expected match covers. */
  found: string;
  /** The best fix the check must offer first; null when it has none to offer. */
  fix: Fix | null;
}

export interface CheckDefinition {
  /** Kebab-case and stable: findings are stored and dismissed by it. */
  id: string;
  category: MqmCategory;
  severity: Severity;
  /** A key inside the "Checks" message namespace, holding `name`, `description` and `message`. */
  messageKey: string;
  examples: { bad: readonly BadCheckExample[]; good: readonly CheckExample[] };
  detect(segment: SegmentView, context: CheckContext): CheckMatch[];
}
