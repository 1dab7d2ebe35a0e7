"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PlannedFix } from "@/lib/checks/plan-check-fixes";
import type { ErrorCode } from "@/lib/result";
import { applyCheckFixesAction, previewCheckFixesAction, type ArticleUpdate } from "./actions";
import { checkMessage } from "./annotated-text";
import { DiffLine } from "./diff-line";
import { Modal } from "./modal";
import type { CheckCatalog } from "./review-state";

interface BulkFixDialogProps {
  articleId: number;
  language: string;
  catalog: CheckCatalog;
  /** Open findings per check, for the choice of check. */
  openCounts: ReadonlyMap<string, number>;
  initialCheck: string | null;
  numberOf(segmentId: number): number;
  onApplied(update: ArticleUpdate, fixed: number): void;
  onClose(): void;
}

/** Applies one check's best fix everywhere, after showing exactly what will change. */
export function BulkFixDialog({
  articleId,
  language,
  catalog,
  openCounts,
  initialCheck,
  numberOf,
  onApplied,
  onClose,
}: BulkFixDialogProps) {
  const t = useTranslations("Bulk");
  const tChecks = useTranslations("Checks");
  const tErrors = useTranslations("Errors");
  const tKinds = useTranslations("Kinds");
  const checks = [...openCounts.entries()].filter(([, count]) => count > 0);
  const [check, setCheck] = useState(initialCheck ?? checks[0]?.[0] ?? "");
  const [plans, setPlans] = useState<PlannedFix[] | null>(null);
  const [problem, setProblem] = useState<ErrorCode | "unexpected" | null>(null);
  const [pending, setPending] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (!check) return;
    let live = true;
    previewCheckFixesAction({ articleId, check })
      .then((result) => live && (result.ok ? setPlans(result.value) : setProblem(result.code)))
      .catch(() => live && setProblem("unexpected"));
    return () => {
      live = false;
    };
  }, [articleId, check, reload]);

  // A new preview is under way from here on; the old one no longer says what would change.
  function choose(next: string) {
    setCheck(next);
    setPlans(null);
  }

  async function apply() {
    if (!plans) return;
    setPending(true);
    try {
      const result = await applyCheckFixesAction({
        articleId,
        check,
        confirmed: plans.map(({ segmentId, version }) => ({ segmentId, version })),
      });
      if (result.ok) onApplied(result.value.update, result.value.applied.findings);
      else {
        setProblem(result.code);
        setPlans(null);
        setReload((count) => count + 1);
      }
    } catch {
      setProblem("unexpected");
    } finally {
      setPending(false);
    }
  }

  const fixes = plans?.reduce((total, plan) => total + plan.fixed, 0) ?? 0;
  return (
    <Modal title={t("fixTitle")} onClose={onClose} wide>
      {checks.length === 0 ? (
        <p className="empty-state">{t("nothingToFix")}</p>
      ) : (
        <>
          <label className="field">
            <span>{t("check")}</span>
            <select value={check} onChange={(event) => choose(event.target.value)} autoFocus>
              {checks.map(([id, count]) => (
                <option key={id} value={id}>
                  {t("checkOption", {
                    name: checkMessage(tChecks, catalog, { check: id, values: null }, "name"),
                    count,
                  })}
                </option>
              ))}
            </select>
          </label>
          {problem && (
            <p role="alert" className="problem">
              {tErrors(problem)}
            </p>
          )}
          {!plans && !problem && <p aria-busy="true">{t("loading")}</p>}
          {plans && (
            <>
              <p className="bulk-summary">
                {plans.length === 0 ? t("noFixes") : t("fixSummary", { fixes, segments: plans.length })}
              </p>
              <ol className="bulk-preview">
                {plans.map((plan) => (
                  <li key={plan.segmentId}>
                    <span className="segment-number">{numberOf(plan.segmentId)}</span>
                    <div>
                      {plan.textAfter !== plan.textBefore && (
                        <DiffLine before={plan.textBefore} after={plan.textAfter} language={language} />
                      )}
                      {plan.splitAt !== null && (
                        <p className="muted small">
                          {t("splitDateline", { dateline: plan.textAfter.slice(0, plan.splitAt) })}
                        </p>
                      )}
                      {plan.kindAfter === "page_chrome" && (
                        <p className="muted small">
                          {t("becomes", { kind: tKinds("page_chrome"), text: plan.textBefore })}
                        </p>
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t("cancel")}
        </button>
        <button type="button" className="primary" disabled={!plans || plans.length === 0 || pending} onClick={apply}>
          {pending ? t("applying") : t("applyFixes", { fixes })}
        </button>
      </div>
    </Modal>
  );
}
