"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies a link to the clipboard and says so; where the clipboard is refused, the link stays there to select. */
export function CopyLinkButton({ link }: { link: string }) {
  const t = useTranslations("People");
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard.writeText(link).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {t("copy")}
      </button>
      <span className="muted small" aria-live="polite">
        {copied ? t("copied") : ""}
      </span>
    </>
  );
}
