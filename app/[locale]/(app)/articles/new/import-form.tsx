"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { importTextAction } from "./actions";
import { MAX_PASTE_CHARACTERS } from "./limits";

type Problem = { code: "emptyArticle" | "invalidInput" | "unexpected" | "tooLarge" | "forbidden" | "signedOut" } | { code: "unknownLanguage"; tag: string };

export function ImportForm() {
  const t = useTranslations("Import");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const [text, setText] = useState("");
  const [origin, setOrigin] = useState("");
  const [sourceLang, setSourceLang] = useState("ca");
  const [targetLang, setTargetLang] = useState("en");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, startTransition] = useTransition();

  function submit() {
    if (text.length > MAX_PASTE_CHARACTERS) {
      setProblem({ code: "tooLarge" });
      return;
    }
    startTransition(async () => {
      try {
        const result = await importTextAction({ text, origin, sourceLang, targetLang });
        if (result.ok) router.push(`/articles/${result.value.articleId}`);
        else setProblem(result.code === "unknownLanguage" ? { code: "unknownLanguage", tag: (result.details as { tag: string }).tag } : { code: result.code });
      } catch {
        setProblem({ code: "unexpected" });
      }
    });
  }

  return (
    <form
      className="import-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="field">
        <span>{t("text")}</span>
        <textarea required rows={14} value={text} onChange={(event) => setText(event.target.value)} placeholder={t("textPlaceholder")} />
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t("sourceLang")}</span>
          <input value={sourceLang} onChange={(event) => setSourceLang(event.target.value)} placeholder="ca" maxLength={35} />
        </label>
        <label className="field">
          <span>{t("targetLang")}</span>
          <input required value={targetLang} onChange={(event) => setTargetLang(event.target.value)} placeholder="en" maxLength={35} />
        </label>
        <label className="field grow">
          <span>{t("origin")}</span>
          <input value={origin} onChange={(event) => setOrigin(event.target.value)} placeholder={t("originPlaceholder")} maxLength={500} />
        </label>
      </div>
      {problem && (
        <p role="alert" className="problem">
          {problem.code === "unknownLanguage"
            ? tErrors("unknownLanguage", { tag: problem.tag })
            : problem.code === "tooLarge"
              ? tErrors("pasteTooLarge", { max: MAX_PASTE_CHARACTERS })
              : tErrors(problem.code)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={pending || text.trim() === ""}>
          {pending ? t("importing") : t("submit")}
        </button>
      </div>
    </form>
  );
}
