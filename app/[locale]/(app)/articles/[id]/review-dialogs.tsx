"use client";

import { useTranslations } from "next-intl";
import type { Dispatch } from "react";
import type { SegmentRow as Segment } from "@/lib/db/segments/segment-row";
import { BulkApproveDialog } from "./bulk-approve-dialog";
import { BulkFixDialog } from "./bulk-fix-dialog";
import { HelpDialog } from "./help-dialog";
import { HistoryDialog } from "./history-dialog";
import { ReasonDialog } from "./reason-dialog";
import type { CheckCatalog, Dialog, Permissions, ReviewAction } from "./review-state";
import type { ReviewCommands } from "./use-review-commands";

interface ReviewDialogsProps {
  dialog: Dialog | null;
  articleId: number;
  segments: readonly Segment[];
  pending: ReadonlySet<number>;
  language: string;
  catalog: CheckCatalog;
  permissions: Permissions;
  /** Open findings per check, for the bulk fix's choice of check. */
  checkCounts: ReadonlyMap<string, number>;
  /** The check the screen is filtered by, which the bulk fix offers first. */
  checkFilter: string;
  numberOf(segmentId: number): number;
  commands: ReviewCommands;
  dispatch: Dispatch<ReviewAction>;
}

/** The dialog host: renders whichever dialog is open over the review screen, and nothing when none is. */
export function ReviewDialogs({
  dialog,
  articleId,
  segments,
  pending,
  language,
  catalog,
  permissions,
  checkCounts,
  checkFilter,
  numberOf,
  commands,
  dispatch,
}: ReviewDialogsProps) {
  const t = useTranslations("Dialogs");
  if (!dialog) return null;
  const close = () => dispatch({ type: "close-dialog" });
  switch (dialog.type) {
    case "help":
      return <HelpDialog key="help" permissions={permissions} onClose={close} />;
    case "bulk-fix":
      return (
        <BulkFixDialog
          key="bulk-fix"
          articleId={articleId}
          language={language}
          catalog={catalog}
          openCounts={checkCounts}
          initialCheck={checkFilter === "all" ? null : checkFilter}
          numberOf={numberOf}
          onClose={close}
          onApplied={(update, fixed) =>
            dispatch({ type: "bulk-applied", update, announcement: { key: "announceFixed", count: fixed } })
          }
        />
      );
    case "bulk-approve":
      return (
        <BulkApproveDialog
          key="bulk-approve"
          articleId={articleId}
          language={language}
          numberOf={numberOf}
          onClose={close}
          onApproved={(update, count) =>
            dispatch({ type: "bulk-applied", update, announcement: { key: "announceBulkApproved", count } })
          }
        />
      );
  }
  // The rest are about one segment, and close by themselves when it is gone (merged away).
  const segment = segments.find((candidate) => candidate.id === dialog.segmentId);
  if (!segment) return null;
  const closeOnRow = () => dispatch({ type: "close-dialog", focus: segment.id });
  switch (dialog.type) {
    case "reject":
      return (
        <ReasonDialog
          key="reject"
          title={t("rejectTitle", { number: numberOf(segment.id) })}
          label={t("rejectLabel")}
          confirm={t("rejectConfirm")}
          onClose={closeOnRow}
          onConfirm={(comment) => commands.reject(segment, comment)}
        />
      );
    case "override":
      return (
        <ReasonDialog
          key="override"
          title={t("overrideTitle", { number: numberOf(segment.id) })}
          label={t("overrideLabel")}
          confirm={t("overrideConfirm")}
          onClose={close}
          onConfirm={(reason) => void commands.approve(dialog.segmentId, dialog.version, reason)}
        >
          <p role="alert" className="problem">
            {t("overrideBody", {
              count: dialog.findings.length,
              texts: dialog.findings.map((finding) => `“${finding.text}”`).join(", "),
            })}
          </p>
        </ReasonDialog>
      );
    case "history":
      return (
        <HistoryDialog
          key="history"
          segment={segment}
          number={numberOf(segment.id)}
          language={language}
          catalog={catalog}
          pending={pending.has(segment.id)}
          canEdit={permissions.edit}
          onComments={(count) => dispatch({ type: "comments", segmentId: segment.id, count })}
          onClose={closeOnRow}
          onRestore={(revision) => commands.restoreRevision(segment, revision)}
          onRestoreMachineOutput={() => commands.restoreMachineOutput(segment)}
        />
      );
  }
}
