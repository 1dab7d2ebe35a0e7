"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { EXPORT_FORMAT_NAMES } from "@/lib/export/export-formats";

const BLOB_LIFETIME_MS = 60_000;

/** The name the server gave the download, or a plain fallback. */
function fileNameOf(response: Response): string {
  const disposition = response.headers.get("content-disposition") ?? "";
  return /filename="([^"]+)"/u.exec(disposition)?.[1] ?? "article";
}

async function problemOf(response: Response, fallback: string): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === "string" ? body.error.message : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Downloads the article in a format and scope. A plain GET form, so it works before the
 * page's scripts load and from the keyboard alone; with them, a refusal (such as an
 * "approved only" export of nothing) shows here instead of a download of an error.
 */
export function ExportForm({ articleId }: { articleId: number }) {
  const t = useTranslations("Export");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const action = `/api/articles/${articleId}/export`;

  async function download(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) query.set(name, String(value));
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch(`${action}?${query.toString()}`);
      if (!response.ok) {
        setProblem(await problemOf(response, t("failed")));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response);
      link.click();
      // Some browsers read the file after the click returns; a minute later it is safe to let go.
      setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
    } catch {
      setProblem(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="export"
      method="get"
      action={action}
      aria-label={t("label")}
      aria-busy={busy}
      onSubmit={(event) => void download(event)}
      onChange={() => setProblem(null)}
    >
      <span className="export-label">{t("label")}</span>
      <label>
        <span className="visually-hidden">{t("format")}</span>
        <select name="format" defaultValue="md">
          {EXPORT_FORMAT_NAMES.map((format) => (
            <option key={format} value={format}>
              {t(`formats.${format}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t("scope")}</span>
        <select name="scope" defaultValue="all">
          <option value="all">{t("scopeAll")}</option>
          <option value="approved">{t("scopeApproved")}</option>
        </select>
      </label>
      {/* aria-disabled, not disabled: the button keeps the keyboard focus while the file is prepared. */}
      <button type="submit" aria-disabled={busy}>
        {busy ? t("preparing") : t("download")}
      </button>
      {problem ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : (
        <span className="muted small">{t("hint")}</span>
      )}
    </form>
  );
}
