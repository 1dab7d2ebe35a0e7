"use server";

import { z } from "zod";
import { importArticle } from "@/lib/db/articles/import-article";
import { parsePlainText } from "@/lib/import/plain-text";
import { canonicalLanguageTag } from "@/lib/i18n/language-tag";
import { fail, ok, type Failure, type Result } from "@/lib/result";
import { runAction } from "../../run-action";
import { MAX_PASTE_CHARACTERS } from "./limits";

const language = z.string().trim().max(35);

const pasted = z.object({
  text: z.string().max(MAX_PASTE_CHARACTERS),
  origin: z.string().trim().max(500),
  sourceLang: language,
  targetLang: language,
});

export type ImportTextFailure = Failure<"emptyArticle"> | Failure<"unknownLanguage", { tag: string }> | Failure<"invalidInput">;

/** Imports an article pasted as plain text; returns the new article's id. */
export async function importTextAction(input: z.input<typeof pasted>): Promise<Result<{ articleId: number }, ImportTextFailure>> {
  return runAction(pasted, input, async (data, { db, user }) => {
    const targetLang = canonicalLanguageTag(data.targetLang || "en");
    if (!targetLang) return fail("unknownLanguage", { tag: data.targetLang });
    const sourceLang = data.sourceLang ? canonicalLanguageTag(data.sourceLang) : null;
    if (data.sourceLang && !sourceLang) return fail("unknownLanguage", { tag: data.sourceLang });
    const draft = parsePlainText(data.text, { origin: data.origin || "pasted text", targetLang, sourceLang });
    if (draft.segments.length === 0) return fail("emptyArticle");
    const { id } = await importArticle(db, draft, { actorId: user.id });
    return ok({ articleId: id });
  });
}
