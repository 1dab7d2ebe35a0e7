"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState, useSyncExternalStore, useTransition, type DragEvent } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { ERROR_CODES, type ErrorCode } from "@/lib/result";
import { importTextAction } from "./actions";
import { MAX_PASTE_CHARACTERS } from "./limits";
import { uploadFile } from "./upload-file";
import { errorText } from "@/lib/i18n/error-text";

type Values = Record<string, string | number | null>;
type Problem = { code: ErrorCode | "unexpected"; values?: Values };
type Phase = { step: "idle" } | { step: "uploading"; fraction: number } | { step: "processing" };

const ACCEPTED =
  ".txt,.text,.md,.markdown,.html,.htm,.xlf,.xliff,.xlf2,.json,text/plain,text/markdown,text/html,application/xliff+xml,application/json";

function isErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value);
}

/** The `{ error: { code, details } }` of a failed API response, or "unexpected" for anything else. */
function problemOf(body: unknown): Problem {
  const error = (body as { error?: { code?: unknown; details?: Values } } | null)?.error;
  return isErrorCode(error?.code) ? { code: error.code, values: error.details } : { code: "unexpected" };
}

/** Nothing to listen to: the value only tells the server's render (false) from the browser's (true). */
function noSubscription(): () => void {
  return () => {};
}

export function ImportForm({ maxFileBytes }: { maxFileBytes: number }) {
  const t = useTranslations("Import");
  const tErrors = useTranslations("Errors");
  const format = useFormatter();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  // Dropping a file works only once the page's script runs; data-ready says it does.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [origin, setOrigin] = useState("");
  const [sourceLang, setSourceLang] = useState("ca");
  const [targetLang, setTargetLang] = useState("en");
  const [linkAuthors, setLinkAuthors] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [pending, startTransition] = useTransition();
  const busy = pending || phase.step !== "idle";

  function fileSize(bytes: number): string {
    if (bytes < 1024) return format.number(bytes, { style: "unit", unit: "byte", unitDisplay: "long" });
    if (bytes < 1024 * 1024)
      return format.number(bytes / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
    return format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  }

  function choose(chosen: File | undefined) {
    setProblem(null);
    if (!chosen) return;
    // Refused here already, so nobody waits for an upload the server would refuse.
    if (chosen.size === 0) setProblem({ code: "fileEmpty" });
    else if (chosen.size > maxFileBytes)
      setProblem({ code: "fileTooLarge", values: { size: chosen.size, maxBytes: maxFileBytes } });
    setFile(chosen);
  }

  function clearFile() {
    setFile(null);
    setProblem(null);
    if (fileInput.current) fileInput.current.value = "";
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!busy) choose(event.dataTransfer.files[0]);
  }

  async function submitFile(chosen: File) {
    const query = new URLSearchParams({ fileName: chosen.name });
    if (targetLang.trim()) query.set("targetLang", targetLang.trim());
    if (sourceLang.trim()) query.set("sourceLang", sourceLang.trim());
    if (origin.trim()) query.set("origin", origin.trim());
    if (linkAuthors) query.set("linkAuthors", "true");
    setPhase({ step: "uploading", fraction: 0 });
    try {
      const response = await uploadFile(`/api/articles/import?${query}`, chosen, (fraction) =>
        setPhase(fraction < 1 ? { step: "uploading", fraction } : { step: "processing" }),
      );
      const articleId = (response.body as { articleId?: unknown } | null)?.articleId;
      if (response.status === 201 && typeof articleId === "number") {
        router.push(`/articles/${articleId}`);
        return;
      }
      setProblem(problemOf(response.body));
    } catch {
      setProblem({ code: "unexpected" });
    }
    setPhase({ step: "idle" });
  }

  function submitText() {
    if (text.length > MAX_PASTE_CHARACTERS) {
      setProblem({ code: "pasteTooLarge", values: { max: MAX_PASTE_CHARACTERS } });
      return;
    }
    startTransition(async () => {
      try {
        const result = await importTextAction({ text, origin, sourceLang, targetLang });
        if (result.ok) router.push(`/articles/${result.value.articleId}`);
        else setProblem({ code: result.code, values: result.details as Values | undefined });
      } catch {
        setProblem({ code: "unexpected" });
      }
    });
  }

  const fileRefused = problem?.code === "fileEmpty" || problem?.code === "fileTooLarge";
  const ready = file ? !fileRefused : text.trim() !== "";

  return (
    <form
      className="import-form"
      data-ready={hydrated ? "true" : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(null);
        if (file) void submitFile(file);
        else submitText();
      }}
    >
      <div
        className={`drop-zone${dragging ? " dragging" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {file ? (
          <div className="chosen-file">
            <span className="file-name">{file.name}</span>
            <span className="muted">{fileSize(file.size)}</span>
            <button type="button" onClick={clearFile} disabled={busy}>
              {t("removeFile")}
            </button>
          </div>
        ) : (
          <label className="field">
            <span>{t("text")}</span>
            <textarea
              rows={14}
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t("textPlaceholder")}
              disabled={busy}
            />
          </label>
        )}
        <p className="drop-hint">
          <label className="button file-button">
            {file ? t("chooseOtherFile") : t("chooseFile")}
            <input
              ref={fileInput}
              type="file"
              className="visually-hidden"
              accept={ACCEPTED}
              disabled={busy}
              onChange={(event) => choose(event.target.files?.[0])}
            />
          </label>{" "}
          <span className="muted">{t("fileHint", { max: fileSize(maxFileBytes) })}</span>
        </p>
      </div>
      <div className="field-row">
        <label className="field">
          <span>{t("sourceLang")}</span>
          <input
            value={sourceLang}
            onChange={(event) => setSourceLang(event.target.value)}
            placeholder="ca"
            maxLength={35}
            disabled={busy}
          />
        </label>
        <label className="field">
          <span>{t("targetLang")}</span>
          <input
            value={targetLang}
            onChange={(event) => setTargetLang(event.target.value)}
            placeholder="en"
            maxLength={35}
            disabled={busy}
          />
        </label>
        <label className="field grow">
          <span>{t("origin")}</span>
          <input
            value={origin}
            onChange={(event) => setOrigin(event.target.value)}
            placeholder={t("originPlaceholder")}
            maxLength={500}
            disabled={busy}
          />
        </label>
      </div>
      <p className="muted small">{t("languagesHint")}</p>
      {file && (
        <div className="field">
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={linkAuthors}
              onChange={(event) => setLinkAuthors(event.target.checked)}
              disabled={busy}
              aria-describedby="link-authors-hint"
            />{" "}
            {t("linkAuthors")}
          </label>
          <p id="link-authors-hint" className="muted small">
            {t("linkAuthorsHint")}
          </p>
        </div>
      )}
      {problem && (
        <p role="alert" className="problem">
          {errorText(tErrors, problem.code, problem.values)}
        </p>
      )}
      <div className="dialog-actions">
        {phase.step !== "idle" && (
          <span role="status" className="import-progress">
            {phase.step === "uploading" ? (
              <>
                <progress max={1} value={phase.fraction} aria-label={t("uploading")} /> {t("uploading")}
              </>
            ) : (
              t("processing")
            )}
          </span>
        )}
        <button type="submit" className="primary" disabled={busy || !ready}>
          {busy ? t("importing") : t("submit")}
        </button>
      </div>
    </form>
  );
}
