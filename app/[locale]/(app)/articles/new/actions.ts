"use server";

import { z } from "zod";
import { wellFormedString } from "@/lib/text/well-formed";
import { importArticle } from "@/lib/db/articles/import-article";
import { checkDraft } from "@/lib/import/check-draft";
import type { ImportFailure } from "@/lib/import/import-failure";
import { parsePlainText } from "@/lib/import/plain-text";
import { canonicalLanguageTag } from "@/lib/i18n/language-tag";
import { can } from "@/lib/auth/permissions";
import { fail, ok, type Failure, type Result } from "@/lib/result";
import { runAction } from "@/lib/session/run-action";
import { MAX_PASTE_CHARACTERS } from "./limits";

const language = wellFormedString().trim().max(35);

const pasted = z.object({
  text: wellFormedString().max(MAX_PASTE_CHARACTERS),
  origin: wellFormedString().trim().max(500),
  sourceLang: language,
  targetLang: language,
});

/** Imports an article pasted as plain text; returns the new article's id. */
export async function importTextAction(input: z.input<typeof pasted>) {
  return runAction(
    pasted,
    input,
    async (
      data,
      { db, user },
    ): Promise<
      Result<
        { articleId: number },
        Failure<"emptyArticle"> | Failure<"unknownLanguage", { tag: string }> | Failure<"forbidden"> | ImportFailure
      >
    > => {
      if (!can(user, "article.import")) return fail("forbidden");
      const targetLang = canonicalLanguageTag(data.targetLang || "en");
      if (!targetLang) return fail("unknownLanguage", { tag: data.targetLang });
      const sourceLang = data.sourceLang ? canonicalLanguageTag(data.sourceLang) : null;
      if (data.sourceLang && !sourceLang) return fail("unknownLanguage", { tag: data.sourceLang });
      const draft = parsePlainText(data.text, { origin: data.origin || "pasted text", targetLang, sourceLang });
      if (draft.segments.length === 0) return fail("emptyArticle");
      // A paste is an import like a file: no segment past the limit, no character Galley cannot store.
      const checked = checkDraft(draft, { countLines: true });
      if (!checked.ok) return checked;
      const { id } = await importArticle(db, draft, { actorId: user.id });
      return ok({ articleId: id });
    },
  );
}
