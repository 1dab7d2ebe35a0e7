import { SEGMENT_KINDS, SEGMENT_STATUSES, type SegmentKind, type SegmentStatus } from "../segmentation/kinds";

export const XLIFF_1_2_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
/** XLIFF 1.1, which translate-toolkit's po2xliff still writes; its elements are those of 1.2. */
export const XLIFF_1_1_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.1";
/** XLIFF 2.1 keeps the 2.0 core namespace. */
export const XLIFF_2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
/** XLIFF 2.2 has a core namespace of its own; its modules keep theirs (matches 2.0). */
export const XLIFF_2_2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.2";
/** The XLIFF 2 Translation Candidates module, where Galley keeps the machine output of an edited segment. */
export const XLIFF_MATCHES_NAMESPACE = "urn:oasis:names:tc:xliff:matches:2.0";
/** Galley's own extension attributes (kind, block, status), which other tools ignore. */
export const GALLEY_XLIFF_NAMESPACE = "urn:galley:xliff:1";
export const GALLEY_XLIFF_PREFIX = "galley";

/** The `origin` Galley gives the machine output it writes as an alternative translation. */
export const MACHINE_TRANSLATION_ORIGIN = "machine-translation";
/** Other tools' ways of saying an alternative is machine output. */
export const MACHINE_TRANSLATION_ORIGINS: ReadonlySet<string> = new Set([
  MACHINE_TRANSLATION_ORIGIN,
  "mt",
  "machine translation",
]);

export function asSegmentKind(value: string | undefined): SegmentKind | null {
  return SEGMENT_KINDS.find((kind) => kind === value) ?? null;
}

export function asSegmentStatus(value: string | undefined): SegmentStatus | null {
  return SEGMENT_STATUSES.find((status) => status === value) ?? null;
}
