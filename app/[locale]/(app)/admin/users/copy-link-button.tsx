"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/**
 * Copies a link to the clipboard and says so. Where there is no clipboard (a plain-HTTP address is not a
 * secure context), the link's text is selected instead, ready for Ctrl+C.
 */
export function CopyLinkButton({ link, textId }: { link: string; textId: string }) {
  const t = useTranslations("People");
  const [copied, setCopied] = useState(false);

  function selectText(): void {
    const text = document.getElementById(textId);
    if (text) window.getSelection()?.selectAllChildren(text);
  }

  return (
    <>
      <button
        type="button"
        onClick={() => {
          if (!navigator.clipboard?.writeText) return selectText();
          navigator.clipboard.writeText(link).then(
            () => setCopied(true),
            () => selectText(),
          );
        }}
      >
        {t("copy")}
      </button>
      <span className="muted small" role="status">
        {copied ? t("copied") : ""}
      </span>
    </>
  );
}
