"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { DismissalReason } from "@/lib/db/findings/dismissal-reason";
import styles from "./dismiss-control.module.css";

interface DismissControlProps {
  disabled: boolean;
  onDismiss(reasonCode: DismissalReason, note: string | null): void;
}

/** A finding's Dismiss button, which asks why in one more click: the reasons feed the Checks page. */
export function DismissControl({ disabled, onDismiss }: DismissControlProps) {
  const t = useTranslations("Findings");
  const [choosing, setChoosing] = useState(false);
  const [other, setOther] = useState(false);
  const [note, setNote] = useState("");
  const group = useRef<HTMLDivElement>(null);
  const noteField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (choosing && !other) group.current?.querySelector("button")?.focus();
  }, [choosing, other]);
  useEffect(() => {
    if (other) noteField.current?.focus();
  }, [other]);

  if (!choosing) {
    return (
      <button
        type="button"
        className="dismiss"
        aria-expanded="false"
        disabled={disabled}
        onClick={() => setChoosing(true)}
      >
        {t("dismiss")}
      </button>
    );
  }
  return (
    <div ref={group} role="group" aria-label={t("dismissAs")} className={styles.reasons}>
      <span className={styles.question}>{t("dismissAs")}</span>
      {(["correct", "name", "quotation"] as const).map((reason) => (
        <button
          key={reason}
          type="button"
          className="dismiss"
          disabled={disabled}
          onClick={() => onDismiss(reason, null)}
        >
          {t(`dismissReasons.${reason}`)}
        </button>
      ))}
      {other ? (
        <form
          className={styles.other}
          onSubmit={(event) => {
            event.preventDefault();
            onDismiss("other", note.trim() || null);
          }}
        >
          <label>
            <span className="visually-hidden">{t("dismissNote")}</span>
            <input
              ref={noteField}
              value={note}
              maxLength={500}
              placeholder={t("dismissNote")}
              onChange={(event) => setNote(event.target.value)}
            />
          </label>
          <button type="submit" className="dismiss" disabled={disabled}>
            {t("dismissConfirm")}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="dismiss"
          aria-expanded="false"
          disabled={disabled}
          onClick={() => setOther(true)}
        >
          {t("dismissReasons.other")}
        </button>
      )}
    </div>
  );
}
