import type { SegmentKind } from "../segmentation/kinds";

/** An article ready to be stored: everything an importer produces, before it has ids. */
export interface ArticleDraft {
  title: string;
  sourceLang: string | null;
  targetLang: string;
  origin: string;
  trailingText: string;
  segments: SegmentDraft[];
}

export interface SegmentDraft {
  block: number;
  kind: SegmentKind;
  gapBefore: string;
  text: string;
  sourceText?: string | null;
}
