"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, useTransition, type KeyboardEvent } from "react";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { SegmentRow as Segment } from "@/lib/db/segments/segment-row";
import type { ErrorCode, Failure, Result } from "@/lib/result";
import {
  applyFixAction,
  approveSegmentAction,
  dismissFindingAction,
  listFindingsAction,
  rejectSegmentAction,
  saveSegmentAction,
  type ArticleUpdate,
} from "./actions";
import { FindingList, type CheckCatalog } from "./finding-list";

type ActionOutcome = Result<ArticleUpdate, Failure<ErrorCode, unknown>>;

interface Problem {
  code: ErrorCode | "unexpected";
  values?: Record<string, number>;
}

export interface SegmentRowProps {
  articleId: number;
  segment: Segment;
  findings: FindingRow[];
  catalog: CheckCatalog;
  /** BCP 47 tag of the text, for spell-checking and screen readers. */
  language: string;
  number: number;
  startsBlock: boolean;
  onUpdate(update: ArticleUpdate): void;
}

export function SegmentRow({ articleId, segment, findings, catalog, language, number, startsBlock, onUpdate }: SegmentRowProps) {
  const t = useTranslations("Segment");
  const tKinds = useTranslations("Kinds");
  const tStatuses = useTranslations("Statuses");
  const tErrors = useTranslations("Errors");
  const tFindings = useTranslations("Findings");
  const format = useFormatter();
  const editorId = useId();
  const [draft, setDraft] = useState(segment.text);
  const [seen, setSeen] = useState(segment);
  const [conflict, setConflict] = useState<Segment | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, startTransition] = useTransition();

  // A newer version from outside replaces the draft only when the draft holds no edits.
  if (seen !== segment) {
    if (draft === seen.text) setDraft(segment.text);
    setSeen(segment);
  }
  const dirty = draft !== segment.text;

  function settle(outcome: ActionOutcome): Segment | null {
    if (outcome.ok) {
      setProblem(null);
      setConflict(null);
      onUpdate(outcome.value);
      return outcome.value.segments.find((candidate) => candidate.id === segment.id) ?? null;
    }
    if (outcome.code === "conflict") {
      const { current } = outcome.details as { current: Segment };
      setConflict(current);
      onUpdate({ segments: [current] });
    }
    setProblem({ code: outcome.code, values: outcome.code === "textTooLong" ? (outcome.details as { max: number }) : undefined });
    return null;
  }

  /** After a fix or dismissal met changed text, fetch the findings as they now stand. */
  async function settleFinding(outcome: ActionOutcome) {
    settle(outcome);
    if (!outcome.ok) {
      const fresh = await listFindingsAction({ articleId });
      if (fresh.ok) onUpdate({ segments: [], findings: fresh.value });
    }
  }

  function run(work: () => Promise<unknown>) {
    startTransition(async () => {
      try {
        await work();
      } catch {
        setProblem({ code: "unexpected" });
      }
    });
  }

  const save = () =>
    run(async () => {
      settle(await saveSegmentAction({ segmentId: segment.id, version: segment.version, text: draft }));
    });

  const approve = () =>
    run(async () => {
      let base: Segment | null = segment;
      if (dirty) base = settle(await saveSegmentAction({ segmentId: segment.id, version: segment.version, text: draft }));
      if (base) settle(await approveSegmentAction({ segmentId: base.id, version: base.version }));
    });

  const reject = () =>
    run(async () => {
      settle(await rejectSegmentAction({ segmentId: segment.id, version: segment.version }));
    });

  const applyFix = (finding: FindingRow, fixIndex: number) =>
    run(async () => settleFinding(await applyFixAction({ findingId: finding.id, fixIndex, version: segment.version })));

  const dismiss = (finding: FindingRow) => run(async () => settleFinding(await dismissFindingAction({ findingId: finding.id })));

  function takeTheirs() {
    if (!conflict) return;
    setDraft(conflict.text);
    setConflict(null);
    setProblem(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== "Enter") return;
    // Segments hold no line breaks; Ctrl/Cmd+Enter saves.
    event.preventDefault();
    if ((event.ctrlKey || event.metaKey) && dirty && !pending) save();
  }

  const lastChange = segment.updatedBy
    ? t("lastChange", { name: segment.updatedBy.name, time: format.relativeTime(new Date(segment.updatedAt)) })
    : t("neverChanged");

  return (
    <li
      className={`segment${startsBlock ? " block-start" : ""}`}
      data-status={segment.status}
      data-kind={segment.kind}
      aria-label={t("label", { number })}
    >
      <div className="segment-meta">
        <span className="segment-number">{number}</span>
        <span className={`kind kind-${segment.kind}`}>{tKinds(segment.kind)}</span>
        <span className={`status status-${segment.status}`}>{tStatuses(segment.status)}</span>
      </div>
      <div className="segment-mt">
        <span className="visually-hidden">{t("machineOutput")}</span>
        <p lang={language}>{segment.mtText}</p>
      </div>
      <div className="segment-edit">
        <label className="visually-hidden" htmlFor={editorId}>
          {t("currentText")}
        </label>
        <textarea
          id={editorId}
          aria-label={t("editLabel", { number })}
          lang={language}
          value={draft}
          rows={1}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          spellCheck
        />
        {problem && (
          <div role="alert" className="problem">
            {conflict ? (
              <>
                <strong>{t("conflictTitle")}</strong>
                <p>{t("conflictBody", { name: conflict.updatedBy?.name ?? t("unknownUser") })}</p>
                <p className="their-version">
                  <span className="column-label">{t("theirVersion")}</span>
                  {conflict.text}
                </p>
                <div className="actions">
                  <button type="button" onClick={() => save()} disabled={pending}>
                    {t("keepMine")}
                  </button>
                  <button type="button" onClick={takeTheirs} disabled={pending}>
                    {t("takeTheirs")}
                  </button>
                </div>
              </>
            ) : (
              tErrors(problem.code, problem.values)
            )}
          </div>
        )}
        <FindingList
          findings={findings}
          catalog={catalog}
          pending={pending}
          blockedReason={dirty ? tFindings("saveFirst") : undefined}
          onApply={applyFix}
          onDismiss={dismiss}
        />
        <div className="actions">
          {dirty && <span className="unsaved">{t("unsaved")}</span>}
          <button type="button" className="primary" onClick={() => save()} disabled={!dirty || pending} title={t("saveShortcut")}>
            {pending ? t("saving") : t("save")}
          </button>
          {dirty && (
            <button type="button" onClick={() => setDraft(segment.text)} disabled={pending}>
              {t("revert")}
            </button>
          )}
          <button type="button" onClick={approve} disabled={pending || segment.status === "approved"}>
            {t("approve")}
          </button>
          <button type="button" onClick={reject} disabled={pending || segment.status === "rejected"}>
            {t("reject")}
          </button>
          <span className="muted small last-change">{lastChange}</span>
        </div>
      </div>
    </li>
  );
}
