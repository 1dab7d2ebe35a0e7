import type { SegmentKind, SegmentStatus } from "../segmentation/kinds";
import { can, type Actor } from "./permissions";

/** Whose work a queue counts: reviewers approve, translators fix. */
export type WaitingRole = "reviewer" | "translator";

/** The statuses that wait for a role; a translator also owes an answer to every open comment. */
export const WAITING_STATUSES: Readonly<Record<WaitingRole, readonly SegmentStatus[]>> = {
  reviewer: ["new", "edited", "rejected"],
  translator: ["new", "rejected"],
};

/** Reviewers are those who may approve on the articles assigned to them. */
export function waitingRoleOf(actor: Actor): WaitingRole {
  return can(actor, "segment.review", { assigned: true }) ? "reviewer" : "translator";
}

/**
 * Whether a segment waits for someone of the role: for a reviewer until it is approved; for a
 * translator while it is new or rejected, or while a comment on it is open. Page chrome waits for no one.
 */
export function waitsFor(
  role: WaitingRole,
  segment: { status: SegmentStatus; kind: SegmentKind },
  openComments: number,
): boolean {
  if (segment.kind === "page_chrome") return false;
  return WAITING_STATUSES[role].includes(segment.status) || (role === "translator" && openComments > 0);
}
