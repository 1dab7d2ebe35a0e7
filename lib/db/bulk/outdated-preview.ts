/** Thrown inside a bulk transaction to roll it back when the article changed since the preview. */
export class OutdatedPreview extends Error {
  constructor() {
    super("The article changed since the preview");
  }
}

export interface SegmentVersion {
  segmentId: number;
  version: number;
}

/** True when the preview the user confirmed covers exactly these segments at these versions. */
export function matchesPreview(planned: readonly SegmentVersion[], confirmed: readonly SegmentVersion[]): boolean {
  const key = (entries: readonly SegmentVersion[]) =>
    entries
      .map(({ segmentId, version }) => `${segmentId}@${version}`)
      .sort()
      .join(",");
  return key(planned) === key(confirmed);
}
