"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Modal } from "./modal";

interface ReasonDialogProps {
  title: string;
  label: string;
  confirm: string;
  children?: ReactNode;
  onConfirm(reason: string): void;
  onClose(): void;
}

/** Asks for a reason (a rejection comment, an override) before an action; it can't be empty. */
export function ReasonDialog({ title, label, confirm, children, onConfirm, onClose }: ReasonDialogProps) {
  const t = useTranslations("Dialogs");
  const [reason, setReason] = useState("");
  return (
    <Modal title={title} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim()) onConfirm(reason.trim());
        }}
      >
        {children}
        <label className="field">
          <span>{label}</span>
          <textarea
            autoFocus
            required
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.shiftKey) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </label>
        <p className="muted small">{t("reasonHint")}</p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t("cancel")}
          </button>
          <button type="submit" className="primary" disabled={!reason.trim()}>
            {confirm}
          </button>
        </div>
      </form>
    </Modal>
  );
}
