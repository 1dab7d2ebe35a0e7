"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ReadySegment } from "@/lib/db/bulk/approve-ready-segments";
import type { ErrorCode } from "@/lib/result";
import { approveReadySegmentsAction, previewReadySegmentsAction, type ArticleUpdate } from "./actions";
import { Modal } from "./modal";

interface BulkApproveDialogProps {
  articleId: number;
  language: string;
  numberOf(segmentId: number): number;
  onApproved(update: ArticleUpdate, approved: number): void;
  onClose(): void;
}

/** Approves every segment that is ready, after listing exactly which ones. */
export function BulkApproveDialog({ articleId, language, numberOf, onApproved, onClose }: BulkApproveDialogProps) {
  const t = useTranslations("Bulk");
  const tErrors = useTranslations("Errors");
  const [ready, setReady] = useState<ReadySegment[] | null>(null);
  const [problem, setProblem] = useState<ErrorCode | "unexpected" | null>(null);
  const [pending, setPending] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    previewReadySegmentsAction({ articleId })
      .then((result) => live && (result.ok ? setReady(result.value) : setProblem(result.code)))
      .catch(() => live && setProblem("unexpected"));
    return () => {
      live = false;
    };
  }, [articleId, reload]);

  async function approve() {
    if (!ready) return;
    setPending(true);
    try {
      const result = await approveReadySegmentsAction({
        articleId,
        confirmed: ready.map(({ segmentId, version }) => ({ segmentId, version })),
      });
      if (result.ok) onApproved(result.value.update, result.value.approved);
      else {
        setProblem(result.code);
        setReload((count) => count + 1);
      }
    } catch {
      setProblem("unexpected");
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal title={t("approveTitle")} onClose={onClose} wide>
      <p className="muted">{t("approveRule")}</p>
      {problem && (
        <p role="alert" className="problem">
          {tErrors(problem)}
        </p>
      )}
      {!ready && !problem && <p aria-busy="true">{t("loading")}</p>}
      {ready && (
        <>
          <p className="bulk-summary">{t("approveSummary", { count: ready.length })}</p>
          <ol className="bulk-preview">
            {ready.map((segment) => (
              <li key={segment.segmentId}>
                <span className="segment-number">{numberOf(segment.segmentId)}</span>
                <p lang={language}>{segment.text}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t("cancel")}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!ready || ready.length === 0 || pending}
          onClick={approve}
          autoFocus
        >
          {pending ? t("applying") : t("approveCount", { count: ready?.length ?? 0 })}
        </button>
      </div>
    </Modal>
  );
}
