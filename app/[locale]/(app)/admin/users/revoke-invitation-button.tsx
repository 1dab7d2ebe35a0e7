"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { errorText, type ErrorKey } from "@/lib/i18n/error-text";
import { revokeInvitationAction } from "./actions";

/** Withdraws one pending invitation; the list redraws without it. */
export function RevokeInvitationButton({ invitationId, name }: { invitationId: string; name: string }) {
  const t = useTranslations("People");
  const tErrors = useTranslations("Errors");
  const [problem, setProblem] = useState<ErrorKey | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        aria-label={t("revokeLabel", { name })}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeInvitationAction({ invitationId });
            setProblem(result.ok ? null : result.code);
            // The row and this button go; the keyboard focus goes to the list's heading rather than the page's top.
            if (result.ok) document.getElementById("pending-heading")?.focus();
          })
        }
      >
        {t("revoke")}
      </button>
      {problem && (
        <span role="alert" className="problem inline">
          {errorText(tErrors, problem)}
        </span>
      )}
    </>
  );
}
