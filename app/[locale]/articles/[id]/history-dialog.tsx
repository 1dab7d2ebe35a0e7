"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { RevisionRow } from "@/lib/db/segments/list-revisions";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import { listRevisionsAction } from "./actions";
import { checkMessage } from "./annotated-text";
import { DiffLine } from "./diff-line";
import { Modal } from "./modal";
import type { CheckCatalog } from "./review-state";

interface HistoryDialogProps {
  segment: SegmentRow;
  number: number;
  language: string;
  catalog: CheckCatalog;
  pending: boolean;
  onRestore(revision: RevisionRow): void;
  onClose(): void;
}

/** Every revision of a segment, newest first, each as a diff against the one before it. */
export function HistoryDialog({ segment, number, language, catalog, pending, onRestore, onClose }: HistoryDialogProps) {
  const t = useTranslations("History");
  const tKinds = useTranslations("Kinds");
  const tStatuses = useTranslations("Statuses");
  const tChecks = useTranslations("Checks");
  const format = useFormatter();
  const [revisions, setRevisions] = useState<RevisionRow[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    listRevisionsAction({ segmentId: segment.id })
      .then((result) => live && (result.ok ? setRevisions(result.value) : setFailed(true)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [segment.id, segment.version]);

  return (
    <Modal title={t("title", { number })} onClose={onClose} wide>
      {failed && <p role="alert">{t("failed")}</p>}
      {!revisions && !failed && <p aria-busy="true">{t("loading")}</p>}
      {revisions?.length === 0 && <p className="empty-state">{t("empty")}</p>}
      {revisions && revisions.length > 0 && (
        <ol className="history">
          {revisions.map((revision, index) => (
            <li key={revision.id}>
              <div className="history-head">
                <strong>{t(`actions.${revision.action}`)}</strong>
                <span>v{revision.version}</span>
                <span>{revision.author?.name ?? t("unknownAuthor")}</span>
                <time dateTime={new Date(revision.createdAt).toISOString()}>{format.dateTime(new Date(revision.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                {index > 0 && (
                  <button type="button" className="restore" disabled={pending} onClick={() => onRestore(revision)}>
                    {t("restore")}
                  </button>
                )}
              </div>
              {revision.textBefore !== revision.textAfter && <DiffLine before={revision.textBefore} after={revision.textAfter} language={language} />}
              {revision.statusBefore !== revision.statusAfter && (
                <p className="muted small">{t("statusChange", { before: tStatuses(revision.statusBefore), after: tStatuses(revision.statusAfter) })}</p>
              )}
              {revision.kindBefore !== revision.kindAfter && (
                <p className="muted small">{t("kindChange", { before: tKinds(revision.kindBefore), after: tKinds(revision.kindAfter) })}</p>
              )}
              {revision.comment && (
                <p className="history-comment">
                  {catalog[revision.comment] ? t("viaCheck", { check: checkMessage(tChecks, catalog, { check: revision.comment, values: null }, "name") }) : revision.comment}
                </p>
              )}
              {Array.isArray(revision.overridden) && revision.overridden.length > 0 && (
                <p className="history-override">{t("overridden", { count: revision.overridden.length })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t("close")}
        </button>
      </div>
    </Modal>
  );
}
