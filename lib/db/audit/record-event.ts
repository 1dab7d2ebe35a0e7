import type { Db, Tx } from "../connect";
import type { Prisma } from "../generated/client";

/** Events that leave no revision behind of their own; revisions, dismissals and imports are their own record. */
export const AUDIT_ACTIONS = [
  "article.export",
  "article.assign",
  "article.delete",
  "user.invite",
  "user.uninvite",
  "user.role",
  "user.deactivate",
  "user.reactivate",
  "user.join",
  "check.disable",
  "check.enable",
  "check.severity",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditInput {
  actorId: number | null;
  action: AuditAction;
  articleId?: number | null;
  targetUserId?: number | null;
  details?: Prisma.InputJsonValue;
}

export async function recordEvent(db: Db | Tx, event: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      articleId: event.articleId ?? null,
      targetUserId: event.targetUserId ?? null,
      details: event.details,
    },
  });
}
