"use client";

import { useFormatter, useTranslations } from "next-intl";
import { memo, useMemo } from "react";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { DismissalReason } from "@/lib/db/findings/dismissal-reason";
import type { SegmentRow as Segment } from "@/lib/db/segments/segment-row";
import { sideBySide } from "@/lib/diff/word-diff";
import { CurrentText, MachineText } from "./annotated-text";
import type { CheckCatalog, Permissions, Problem } from "./review-state";
import { SegmentEditor, type EditorCommand } from "./segment-editor";

export type RowCommand =
  | EditorCommand
  | { type: "select" }
  | { type: "edit" }
  | { type: "approve-now" }
  | { type: "merge" }
  | { type: "toggle-chrome" }
  | { type: "history" }
  | { type: "apply-fix"; finding: FindingRow; fixIndex: number }
  | { type: "dismiss"; finding: FindingRow; reasonCode: DismissalReason; note: string | null };

export interface SegmentRowProps {
  segment: Segment;
  findings: FindingRow[] | undefined;
  catalog: CheckCatalog;
  language: string;
  sourceLanguage: string | null;
  number: number;
  startsBlock: boolean;
  current: boolean;
  editing: boolean;
  pending: boolean;
  problem: Problem | undefined;
  openComments: number;
  permissions: Permissions;
  /** The time "last changed" is measured from; the workspace ticks it once a minute. */
  now: Date;
  onCommand(segmentId: number, command: RowCommand): void;
}

const NO_FINDINGS: FindingRow[] = [];

export const SegmentRow = memo(function SegmentRow({
  segment,
  findings = NO_FINDINGS,
  catalog,
  language,
  sourceLanguage,
  number,
  startsBlock,
  current,
  editing,
  pending,
  problem,
  openComments,
  permissions,
  now,
  onCommand,
}: SegmentRowProps) {
  const t = useTranslations("Segment");
  const tKinds = useTranslations("Kinds");
  const tStatuses = useTranslations("Statuses");
  const tErrors = useTranslations("Errors");
  const format = useFormatter();
  const diff = useMemo(
    () => (segment.text === segment.mtText ? null : sideBySide(segment.mtText, segment.text, language)),
    [segment.text, segment.mtText, language],
  );
  const open = findings.filter((finding) => !finding.dismissal).length;
  const dismissed = findings.length - open;
  const command = (next: RowCommand) => onCommand(segment.id, next);
  const chrome = segment.kind === "page_chrome";
  const lastChange = segment.updatedBy
    ? t("lastChange", {
        name: segment.updatedBy.name,
        time: format.relativeTime(
          new Date(segment.updatedAt),
          new Date(Math.max(now.getTime(), new Date(segment.updatedAt).getTime())),
        ),
      })
    : t("neverChanged");

  return (
    <li
      id={`segment-${segment.id}`}
      className={`segment${startsBlock ? " block-start" : ""}`}
      data-status={segment.status}
      data-kind={segment.kind}
      aria-current={current ? "true" : undefined}
      aria-label={t("label", { number })}
      tabIndex={current ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !current) command({ type: "select" });
      }}
      onMouseDown={() => {
        if (!current) command({ type: "select" });
      }}
    >
      <div className="segment-meta">
        <span className="segment-number">{number}</span>
        <span className={`kind kind-${segment.kind}`}>{tKinds(segment.kind)}</span>
        <span className={`status status-${segment.status}`}>{tStatuses(segment.status)}</span>
        {open > 0 && <span className="finding-count">{t("findingCount", { count: open })}</span>}
        {dismissed > 0 && <span className="muted">{t("dismissedCount", { count: dismissed })}</span>}
        {openComments > 0 && (
          <button type="button" className="comment-count" onClick={() => command({ type: "history" })}>
            {t("commentCount", { count: openComments })}
          </button>
        )}
        <span className="last-change">{lastChange}</span>
      </div>
      <div className="segment-mt">
        {segment.sourceText !== null && (
          <div className="source-text" lang={sourceLanguage ?? undefined}>
            <span className="column-label">{t("source")}</span> {segment.sourceText}
          </div>
        )}
        <span className="column-label narrow-only">{t("machineOutput")}</span>
        <MachineText spans={diff?.before ?? null} text={segment.mtText} language={language} />
      </div>
      <div className="segment-edit">
        <span className="column-label narrow-only">{t("currentText")}</span>
        {editing ? (
          <SegmentEditor
            key={segment.id}
            segment={segment}
            language={language}
            label={t("editLabel", { number })}
            pending={pending}
            onCommand={command}
          />
        ) : (
          <div className="current" onDoubleClick={() => permissions.edit && command({ type: "edit" })}>
            {segment.text === "" ? (
              <p className="empty-text">{t("emptied")}</p>
            ) : (
              <CurrentText
                segmentId={segment.id}
                text={segment.text}
                language={language}
                added={diff?.after.filter((span) => span.kind === "added") ?? []}
                findings={findings}
                catalog={catalog}
                disabled={pending || !permissions.edit}
                focusable={current}
                onApply={(finding, fixIndex) => command({ type: "apply-fix", finding, fixIndex })}
                onDismiss={(finding, reasonCode, note) => command({ type: "dismiss", finding, reasonCode, note })}
              />
            )}
          </div>
        )}
        {problem && (
          <div role="alert" className="problem">
            {tErrors(problem.code, problem.values)}
          </div>
        )}
        {!editing && (
          <div className="actions row-actions">
            {permissions.edit && (
              <button
                type="button"
                onClick={() => command({ type: "edit" })}
                disabled={pending}
                aria-keyshortcuts="Enter"
              >
                {t("edit")}
              </button>
            )}
            {permissions.review && (
              <>
                <button
                  type="button"
                  onClick={() => command({ type: "approve-now" })}
                  disabled={pending || segment.status === "approved"}
                  aria-keyshortcuts="Alt+A"
                >
                  {t("approve")}
                </button>
                <button
                  type="button"
                  onClick={() => command({ type: "reject" })}
                  disabled={pending || segment.status === "rejected"}
                  aria-keyshortcuts="Alt+R"
                >
                  {t("reject")}
                </button>
              </>
            )}
            {permissions.edit && (
              <>
                <button
                  type="button"
                  onClick={() => command({ type: "merge" })}
                  disabled={pending}
                  aria-keyshortcuts="Alt+M"
                >
                  {t("mergeNext")}
                </button>
                <button
                  type="button"
                  onClick={() => command({ type: "toggle-chrome" })}
                  disabled={pending}
                  aria-keyshortcuts="Alt+C"
                >
                  {chrome ? t("restore") : t("markChrome")}
                </button>
              </>
            )}
            <button type="button" onClick={() => command({ type: "history" })} aria-keyshortcuts="Alt+H">
              {t("history")}
            </button>
          </div>
        )}
      </div>
    </li>
  );
});
