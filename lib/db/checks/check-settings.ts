import { CHECKS } from "../../checks/registry";
import type { CheckDefinition, Severity } from "../../checks/types";
import type { Db, Tx } from "../connect";

/** Severities from the least to the most serious. */
export const SEVERITIES = ["minor", "major", "critical"] as const satisfies readonly Severity[];

export function isLowerSeverity(severity: Severity, than: Severity): boolean {
  return SEVERITIES.indexOf(severity) < SEVERITIES.indexOf(than);
}

/** What an admin chose for one check; a check without a stored choice runs as declared. */
export interface CheckChoice {
  enabled: boolean;
  /** A severity lower than the check's own, or null for its own. */
  severity: Severity | null;
}

/** A registered check as this installation runs it. */
export interface EffectiveCheck {
  definition: CheckDefinition;
  enabled: boolean;
  severity: Severity;
}

export async function loadCheckChoices(db: Db | Tx): Promise<Map<string, CheckChoice>> {
  const rows = await db.checkSetting.findMany({ select: { check: true, enabled: true, severity: true } });
  return new Map(rows.map((row) => [row.check, { enabled: row.enabled, severity: row.severity }]));
}

/** Every registered check, in registry order, with the admins' choices applied. */
export function effectiveChecks(choices: ReadonlyMap<string, CheckChoice>): EffectiveCheck[] {
  return CHECKS.map((definition) => {
    const choice = choices.get(definition.id);
    // A stored severity that is not lower (the check's own changed since) is ignored.
    const lowered = choice?.severity && isLowerSeverity(choice.severity, definition.severity) ? choice.severity : null;
    return { definition, enabled: choice?.enabled ?? true, severity: lowered ?? definition.severity };
  });
}
