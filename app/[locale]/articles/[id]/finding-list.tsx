"use client";

import { useTranslations } from "next-intl";
import type { Fix } from "@/lib/checks/types";
import type { FindingRow } from "@/lib/db/findings/finding-row";

/** What the client needs to know of each check: where its messages live. */
export type CheckCatalog = Record<string, { messageKey: string }>;

export interface FindingListProps {
  findings: FindingRow[];
  catalog: CheckCatalog;
  /** Why the fixes can't be used right now, if they can't. */
  blockedReason?: string;
  pending: boolean;
  onApply(finding: FindingRow, fixIndex: number): void;
  onDismiss(finding: FindingRow): void;
}

type CheckMessages = ReturnType<typeof useTranslations<"Checks">>;

function fixLabel(t: ReturnType<typeof useTranslations<"Findings">>, fix: Fix) {
  switch (fix.type) {
    case "replace":
      return fix.text.trim() === "" ? t("fixRemove") : t.rich("fixReplace", { replacement: fix.text, mark: (chunks) => <span className="replacement">{chunks}</span> });
    case "remove":
      return t("fixRemove");
    case "split-dateline":
      return t("fixSplitDateline");
    case "mark-chrome":
      return t("fixMarkChrome");
  }
}

function checkText(tChecks: CheckMessages, messageKey: string, field: "name" | "message", values: FindingRow["values"]): string {
  // Message keys come from the check registry at run time; the registry test proves each exists.
  const key = `${messageKey}.${field}` as Parameters<CheckMessages>[0];
  return tChecks(key, (values ?? {}) as never);
}

export function FindingList({ findings, catalog, blockedReason, pending, onApply, onDismiss }: FindingListProps) {
  const t = useTranslations("Findings");
  const tChecks = useTranslations("Checks");
  const open = findings.filter((finding) => !finding.dismissal);
  const dismissed = findings.filter((finding) => finding.dismissal);
  if (findings.length === 0) return null;
  return (
    <div className="findings">
      {open.length > 0 && (
        <ul aria-label={t("listLabel", { count: open.length })}>
          {open.map((finding) => {
            const messageKey = catalog[finding.check]?.messageKey ?? finding.check;
            return (
              <li key={finding.id} className="finding" data-severity={finding.severity}>
                <div className="finding-text">
                  <span className={`severity severity-${finding.severity}`}>{tChecks(`severities.${finding.severity}`)}</span>{" "}
                  <strong>{checkText(tChecks, messageKey, "name", null)}</strong>{" "}
                  <span className="finding-message">{checkText(tChecks, messageKey, "message", finding.values)}</span>
                </div>
                <div className="finding-actions">
                  {finding.fixes.map((fix, index) => (
                    <button key={index} type="button" className={index === 0 ? "fix best" : "fix"} disabled={pending || Boolean(blockedReason)} title={blockedReason} onClick={() => onApply(finding, index)}>
                      {fixLabel(t, fix)}
                    </button>
                  ))}
                  <button type="button" className="dismiss" disabled={pending} onClick={() => onDismiss(finding)}>
                    {t("dismiss")}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {dismissed.length > 0 && (
        <details className="dismissed">
          <summary>{t("dismissedCount", { count: dismissed.length })}</summary>
          <ul>
            {dismissed.map((finding) => (
              <li key={finding.id}>
                {checkText(tChecks, catalog[finding.check]?.messageKey ?? finding.check, "name", null)}: “{finding.text}” —{" "}
                {t("dismissedBy", { name: finding.dismissal?.dismissedBy?.name ?? t("someone") })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
