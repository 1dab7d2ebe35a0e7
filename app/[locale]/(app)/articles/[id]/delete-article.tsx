"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import type { ErrorCode } from "@/lib/result";
import { deleteArticleAction } from "./actions";
import { Modal } from "./modal";

/** For admins: deletes the article after a confirmation that says what goes with it. */
export function DeleteArticle({ articleId, title, segments }: { articleId: number; title: string; segments: number }) {
  const t = useTranslations("DeleteArticle");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<ErrorCode | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      const result = await deleteArticleAction({ articleId });
      if (!result.ok) return setProblem(result.code);
      router.replace(`/?deleted=${encodeURIComponent(result.value.title)}`);
    });

  return (
    <>
      <button type="button" className="quiet-danger" onClick={() => setConfirming(true)}>
        {t("open")}
      </button>
      {confirming && (
        <Modal title={t("title")} onClose={() => setConfirming(false)}>
          <p>{t("consequences", { title, segments })}</p>
          <p className="muted">{t("record")}</p>
          {problem && (
            <p role="alert" className="problem">
              {tErrors(problem)}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              {t("cancel")}
            </button>
            <button type="button" className="danger" onClick={remove} disabled={pending}>
              {pending ? t("deleting") : t("confirm")}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
