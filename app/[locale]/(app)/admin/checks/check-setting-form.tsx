"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { Severity } from "@/lib/checks/types";
import { useRouter } from "@/lib/i18n/navigation";
import { changeCheckSettingAction } from "./actions";
import styles from "./checks.module.css";
import { errorText, type ErrorKey } from "@/lib/i18n/error-text";

interface CheckSettingFormProps {
  check: string;
  enabled: boolean;
  /** The severity it runs with now. */
  severity: Severity;
  /** Its own severity first, then the lower ones, with their names. */
  options: { value: Severity; label: string }[];
}

/** Turns a check off or on, or lowers its severity, for every article. */
export function CheckSettingForm({
  check,
  enabled: enabledNow,
  severity: severityNow,
  options,
}: CheckSettingFormProps) {
  const t = useTranslations("ChecksPage");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const [enabled, setEnabled] = useState(enabledNow);
  const [severity, setSeverity] = useState<Severity>(severityNow);
  const [outcome, setOutcome] = useState<{ ok: true; message: string } | { ok: false; code: ErrorKey } | null>(null);
  const [pending, startTransition] = useTransition();
  const own = options[0]?.value;
  const unchanged = enabled === enabledNow && severity === severityNow;

  return (
    <form
      className={styles.settings}
      aria-labelledby="check-settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await changeCheckSettingAction({
            check,
            enabled,
            severity: severity === own ? null : severity,
          });
          if (!result.ok) {
            setOutcome({ ok: false, code: result.code });
            return;
          }
          const message =
            !result.value.enabled && enabledNow
              ? t("savedOff")
              : result.value.rechecked > 0
                ? t("savedOn", { count: result.value.rechecked })
                : t("saved");
          setOutcome({ ok: true, message });
          router.refresh();
        });
      }}
    >
      <h2 id="check-settings-title">{t("settingsTitle")}</h2>
      <div className={styles.settingsRow}>
        <label className={styles.toggle}>
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          <span>{t("enabled")}</span>
        </label>
        <label className="field">
          <span>{t("severity")}</span>
          <select
            value={severity}
            disabled={!enabled}
            onChange={(event) => setSeverity(event.target.value as Severity)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={pending || unchanged}>
          {pending ? t("saving") : t("save")}
        </button>
      </div>
      <p className="muted small">{t("settingsHelp")}</p>
      <div aria-live="polite">
        {outcome?.ok === true && <p role="status">{outcome.message}</p>}
        {outcome?.ok === false && (
          <p role="alert" className="problem inline">
            {errorText(tErrors, outcome.code)}
          </p>
        )}
      </div>
    </form>
  );
}
