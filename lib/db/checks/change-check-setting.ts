import { findCheck } from "../../checks/registry";
import type { Severity } from "../../checks/types";
import { fail, ok, type Failure, type Result } from "../../result";
import { recordEvent } from "../audit/record-event";
import type { Db } from "../connect";
import { announceChange } from "../events/article-change";
import { removeFindings } from "../findings/finding-fates";
import { forgetChecksVersion, recheckAllArticles, rememberChecksVersion } from "../findings/recheck-articles";
import { effectiveChecks, isLowerSeverity, loadCheckChoices } from "./check-settings";

export interface CheckSettingInput {
  check: string;
  enabled: boolean;
  /** Lower than the check's own, or null for its own. */
  severity: Severity | null;
}

export interface ChangedCheckSetting {
  enabled: boolean;
  severity: Severity;
  /** Articles the checks ran over again, because the check was turned back on. */
  rechecked: number;
}

export type CheckSettingFailure = Failure<"checkNotFound"> | Failure<"severityNotLower">;

/**
 * An admin turns a check off or on, or lowers its severity, for every article. It applies
 * at once to what is stored: turning a check off removes its findings (their verdict:
 * stale), a new severity is written into its findings (so a critical one lowered no longer
 * blocks approval), and turning it back on checks every article again. Each change is audited.
 */
export async function changeCheckSetting(
  db: Db,
  input: CheckSettingInput,
  actorId: number,
): Promise<Result<ChangedCheckSetting, CheckSettingFailure>> {
  const definition = findCheck(input.check);
  if (!definition) return fail("checkNotFound");
  if (
    input.severity !== null &&
    input.severity !== definition.severity &&
    !isLowerSeverity(input.severity, definition.severity)
  )
    return fail("severityNotLower");
  const severity = input.severity ?? definition.severity;

  const recheck = await db.$transaction(async (tx) => {
    const before = effectiveChecks(await loadCheckChoices(tx)).find((check) => check.definition.id === input.check);
    const wasEnabled = before?.enabled ?? true;
    const severityBefore = before?.severity ?? definition.severity;
    if (wasEnabled === input.enabled && severityBefore === severity) return { turnedOn: false, version: null };

    await tx.checkSetting.upsert({
      where: { check: input.check },
      create: {
        check: input.check,
        enabled: input.enabled,
        severity: severity === definition.severity ? null : severity,
        updatedById: actorId,
      },
      update: {
        enabled: input.enabled,
        severity: severity === definition.severity ? null : severity,
        updatedById: actorId,
      },
    });
    const affected = await tx.finding.findMany({
      where: { check: input.check },
      select: { id: true, articleId: true, dismissalId: true },
    });
    if (!input.enabled && wasEnabled) {
      const removals = affected.map((finding) => ({
        id: finding.id,
        fate: finding.dismissalId === null ? { fate: "stale" as const, staleCause: "disabled" as const } : null,
      }));
      await removeFindings(tx, removals, actorId);
      await recordEvent(tx, { actorId, action: "check.disable", details: { check: input.check } });
    }
    if (severityBefore !== severity) {
      if (input.enabled) await tx.finding.updateMany({ where: { check: input.check }, data: { severity } });
      await recordEvent(tx, {
        actorId,
        action: "check.severity",
        details: { check: input.check, from: severityBefore, to: severity },
      });
    }
    const turnedOn = input.enabled && !wasEnabled;
    if (turnedOn) await recordEvent(tx, { actorId, action: "check.enable", details: { check: input.check } });
    // Open review screens reload the articles whose findings changed.
    for (const articleId of new Set(affected.map((finding) => finding.articleId)))
      await announceChange(tx, { articleId, segmentIds: [], structural: false });
    return { turnedOn, version: turnedOn ? await forgetChecksVersion(tx) : null };
  });
  let rechecked = 0;
  if (recheck.turnedOn) {
    rechecked = await recheckAllArticles(db);
    if (recheck.version !== null) await rememberChecksVersion(db, recheck.version);
  }
  return ok({ enabled: input.enabled, severity, rechecked });
}
