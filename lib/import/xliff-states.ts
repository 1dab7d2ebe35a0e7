import type { SegmentStatus } from "../segmentation/kinds";
import { asSegmentStatus, GALLEY_XLIFF_PREFIX } from "./xliff-vocabulary";

/*
 * How Galley's statuses and XLIFF's states map, both ways. XLIFF's states describe a
 * translation workflow, Galley's a newsroom's review of machine output, so the mapping is
 * lossy; Galley therefore also writes its own status (2.0: subState "galley:…", 1.2: the
 * trans-unit attribute galley:status), which wins when a file comes back.
 *
 * Lossy cases, for files from other tools:
 * - "translated" (both versions) becomes new: a target written by MT is "translated" too.
 * - 2.0 "reviewed" becomes edited: a person has worked on it, but the newsroom has not approved it.
 * - 1.2 "signed-off" and "final" both become approved, and approved goes out as "final".
 * - 1.2 needs-* states all become new; nothing in XLIFF says "rejected" except a 1.2
 *   state-qualifier "rejected-…", which becomes rejected.
 * - Going out, new and edited are both 2.0 "translated"; only subState tells them apart.
 */

export const XLIFF_2_STATES = ["initial", "translated", "reviewed", "final"] as const;
export type Xliff2State = (typeof XLIFF_2_STATES)[number];

export const XLIFF_2_STATE_TO_STATUS: Readonly<Record<Xliff2State, SegmentStatus>> = {
  initial: "new",
  translated: "new",
  reviewed: "edited",
  final: "approved",
};

export const STATUS_TO_XLIFF_2_STATE: Readonly<Record<SegmentStatus, Xliff2State>> = {
  new: "translated",
  edited: "translated",
  approved: "final",
  // A rejected translation has to be done again, which is where "initial" puts it.
  rejected: "initial",
};

export const XLIFF_1_2_STATES = [
  "new",
  "needs-translation",
  "needs-adaptation",
  "needs-l10n",
  "needs-review-translation",
  "needs-review-adaptation",
  "needs-review-l10n",
  "translated",
  "signed-off",
  "final",
] as const;
export type Xliff12State = (typeof XLIFF_1_2_STATES)[number];

export const XLIFF_1_2_STATE_TO_STATUS: Readonly<Record<Xliff12State, SegmentStatus>> = {
  new: "new",
  "needs-translation": "new",
  "needs-adaptation": "new",
  "needs-l10n": "new",
  "needs-review-translation": "new",
  "needs-review-adaptation": "new",
  "needs-review-l10n": "new",
  translated: "new",
  "signed-off": "approved",
  final: "approved",
};

export interface Xliff12Marking {
  state: Xliff12State;
  /** One of XLIFF 1.2's fixed state-qualifier values. */
  stateQualifier: "leveraged-mt" | "rejected-inaccurate" | null;
  approved: boolean;
}

export const STATUS_TO_XLIFF_1_2: Readonly<Record<SegmentStatus, Xliff12Marking>> = {
  new: { state: "needs-review-translation", stateQualifier: "leveraged-mt", approved: false },
  edited: { state: "translated", stateQualifier: null, approved: false },
  approved: { state: "final", stateQualifier: null, approved: true },
  rejected: { state: "needs-translation", stateQualifier: "rejected-inaccurate", approved: false },
};

/** The XLIFF 2.0 subState that carries Galley's status exactly. */
export function galleySubState(status: SegmentStatus): string {
  return `${GALLEY_XLIFF_PREFIX}:${status}`;
}

function lookUp(table: Readonly<Record<string, SegmentStatus>>, key: string | undefined): SegmentStatus | null {
  return Object.entries(table).find(([name]) => name === key)?.[1] ?? null;
}

/** An XLIFF 2.0 segment's status: Galley's subState if there is one, else its state; no state is new. */
export function statusFromXliff2(state: string | undefined, subState: string | undefined): SegmentStatus {
  const galley = subState?.startsWith(`${GALLEY_XLIFF_PREFIX}:`)
    ? asSegmentStatus(subState.slice(GALLEY_XLIFF_PREFIX.length + 1))
    : null;
  return galley ?? lookUp(XLIFF_2_STATE_TO_STATUS, state) ?? "new";
}

export interface Xliff12StateAttributes {
  galleyStatus: string | undefined;
  approved: string | undefined;
  state: string | undefined;
  stateQualifier: string | undefined;
}

/**
 * An XLIFF 1.2 trans-unit's status: galley:status, then approved="yes", then a rejected-… qualifier, then the
 * target's state.
 */
export function statusFromXliff12(attributes: Xliff12StateAttributes): SegmentStatus {
  const galley = asSegmentStatus(attributes.galleyStatus);
  if (galley) return galley;
  if (attributes.approved === "yes") return "approved";
  if (attributes.stateQualifier?.startsWith("rejected-")) return "rejected";
  return lookUp(XLIFF_1_2_STATE_TO_STATUS, attributes.state) ?? "new";
}
