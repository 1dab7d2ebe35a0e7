import type { DismissalReason as StoredDismissalReason } from "../generated/client";

/** Why a reviewer may dismiss a finding, in the order the screens offer them: every value the schema stores. */
export const DISMISSAL_REASONS = [
  "correct",
  "name",
  "quotation",
  "other",
] as const satisfies readonly StoredDismissalReason[];

export type DismissalReason = (typeof DISMISSAL_REASONS)[number];
