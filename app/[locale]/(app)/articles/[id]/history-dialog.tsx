"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { CommentRow } from "@/lib/db/comments/comments";
import type { RevisionRow } from "@/lib/db/segments/list-revisions";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import { addCommentAction, listRevisionsAction, resolveCommentAction } from "./actions";
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
  /** Whether the user may edit: write comments, resolve them, restore revisions. */
  canEdit: boolean;
  onRestore(revision: RevisionRow): void;
  /** Puts the machine output back as the text, as a new edit. */
  onRestoreMachineOutput(): void;
  /** Tells the screen how many comments remain open on the segment. */
  onComments(openCount: number): void;
  onClose(): void;
}

/** A segment's comment thread, then every revision, newest first, each as a diff. */
export function HistoryDialog({
  segment,
  number,
  language,
  catalog,
  pending,
  canEdit,
  onRestore,
  onRestoreMachineOutput,
  onComments,
  onClose,
}: HistoryDialogProps) {
  const t = useTranslations("History");
  const tKinds = useTranslations("Kinds");
  const tStatuses = useTranslations("Statuses");
  const tChecks = useTranslations("Checks");
  const format = useFormatter();
  const [revisions, setRevisions] = useState<RevisionRow[] | null>(null);
  const [comments, setComments] = useState<CommentRow[]>([]);
  const [draft, setDraft] = useState("");
  const [failed, setFailed] = useState(false);
  const [posting, setPosting] = useState(false);

  useEffect(() => {
    let live = true;
    listRevisionsAction({ segmentId: segment.id })
      .then((result) => {
        if (!live) return;
        if (!result.ok) return setFailed(true);
        setRevisions(result.value.revisions);
        setComments(result.value.comments);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [segment.id, segment.version]);

  async function post(action: () => Promise<{ ok: true; value: CommentRow[] } | { ok: false }>) {
    setPosting(true);
    try {
      const result = await action();
      if (result.ok) {
        setComments(result.value);
        onComments(result.value.filter((comment) => !comment.resolvedAt).length);
        setDraft("");
      } else setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setPosting(false);
    }
  }

  return (
    <Modal title={t("title", { number })} onClose={onClose} wide>
      {failed && <p role="alert">{t("failed")}</p>}
      <section aria-labelledby="comments-heading" className="comments">
        <h3 id="comments-heading">{t("comments")}</h3>
        {comments.length === 0 ? (
          <p className="muted small">{t("noComments")}</p>
        ) : (
          <ol className="comment-list">
            {comments.map((comment) => (
              <li key={comment.id} data-resolved={comment.resolvedAt ? "true" : undefined}>
                <div className="history-head">
                  <strong>{comment.author?.name ?? t("unknownAuthor")}</strong>
                  <time dateTime={new Date(comment.createdAt).toISOString()}>
                    {format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                  {comment.resolvedAt ? (
                    <span className="muted small">
                      {t("resolvedBy", { name: comment.resolvedBy?.name ?? t("unknownAuthor") })}
                    </span>
                  ) : (
                    canEdit && (
                      <button
                        type="button"
                        className="restore"
                        disabled={posting}
                        onClick={() => void post(() => resolveCommentAction({ commentId: comment.id }))}
                      >
                        {t("resolve")}
                      </button>
                    )
                  )}
                </div>
                <p className="comment-body">{comment.body}</p>
              </li>
            ))}
          </ol>
        )}
        {canEdit && (
          <form
            className="comment-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (draft.trim()) void post(() => addCommentAction({ segmentId: segment.id, body: draft }));
            }}
          >
            <label className="field">
              <span>{t("newComment")}</span>
              <textarea rows={2} value={draft} maxLength={2000} onChange={(event) => setDraft(event.target.value)} />
            </label>
            <button type="submit" disabled={posting || !draft.trim()}>
              {t("addComment")}
            </button>
          </form>
        )}
      </section>
      <h3>{t("revisions")}</h3>
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
                <time dateTime={new Date(revision.createdAt).toISOString()}>
                  {format.dateTime(new Date(revision.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                </time>
                {index > 0 && canEdit && (
                  <button type="button" className="restore" disabled={pending} onClick={() => onRestore(revision)}>
                    {t("restore")}
                  </button>
                )}
              </div>
              {revision.textBefore !== revision.textAfter && (
                <DiffLine before={revision.textBefore} after={revision.textAfter} language={language} />
              )}
              {revision.statusBefore !== revision.statusAfter && (
                <p className="muted small">
                  {t("statusChange", {
                    before: tStatuses(revision.statusBefore),
                    after: tStatuses(revision.statusAfter),
                  })}
                </p>
              )}
              {revision.kindBefore !== revision.kindAfter && (
                <p className="muted small">
                  {t("kindChange", { before: tKinds(revision.kindBefore), after: tKinds(revision.kindAfter) })}
                </p>
              )}
              {revision.comment && (
                <p className="history-comment">
                  {catalog[revision.comment]
                    ? t("viaCheck", {
                        check: checkMessage(tChecks, catalog, { check: revision.comment, values: null }, "name"),
                      })
                    : revision.comment}
                </p>
              )}
              {Array.isArray(revision.overridden) && revision.overridden.length > 0 && (
                <p className="history-override">{t("overridden", { count: revision.overridden.length })}</p>
              )}
            </li>
          ))}
          <li className="history-origin">
            <div className="history-head">
              <strong>{t("imported")}</strong>
              {canEdit && segment.text !== segment.mtText && (
                <button type="button" className="restore" disabled={pending} onClick={onRestoreMachineOutput}>
                  {t("restoreMachineOutput")}
                </button>
              )}
            </div>
            <p className="history-text" lang={language}>
              {segment.mtText}
            </p>
          </li>
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
