import type { DismissalReason } from "@/lib/db/generated/enums";

/** Why a reviewer may dismiss a finding, in the order the popover offers them. */
export const DISMISSAL_REASONS = ["correct", "name", "quotation", "other"] as const satisfies readonly DismissalReason[];
