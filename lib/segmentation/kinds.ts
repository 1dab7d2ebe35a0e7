/** What a segment is within the article; page chrome is kept but never exported. */
export const SEGMENT_KINDS = [
  "headline",
  "standfirst",
  "subheading",
  "paragraph",
  "caption",
  "dateline",
  "page_chrome",
] as const;

export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const SEGMENT_STATUSES = ["new", "edited", "approved", "rejected"] as const;

export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];
