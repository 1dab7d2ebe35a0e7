import { ok } from "../result";
import type { ArticleDraft } from "./article-draft";
import { GALLEY_JSON_FORMAT, GALLEY_JSON_VERSION, galleyArticleSchema, type GalleyArticle } from "./galley-json-schema";
import { importFailure, type ImportResult } from "./import-failure";
import { pickLanguage, pickTargetLanguage } from "./pick-language";

/** Where JSON.parse stopped, as line and column, when its message says (V8 names a position for most errors). */
function positionOf(error: unknown, json: string): { line: number | null; column: number | null } {
  const offset =
    error instanceof SyntaxError ? Number(/position (\d+)/u.exec(error.message)?.[1] ?? Number.NaN) : Number.NaN;
  if (Number.isNaN(offset)) return { line: null, column: null };
  const before = json.slice(0, offset).split(/\r\n|\r|\n/u);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function isOtherVersion(value: unknown): value is { version: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    "format" in value &&
    value.format === GALLEY_JSON_FORMAT &&
    "version" in value &&
    value.version !== GALLEY_JSON_VERSION
  );
}

const UNDETERMINED = "und";

function draftOf(article: GalleyArticle, languages: { sourceLang: string | null; targetLang: string }): ArticleDraft {
  return {
    title: article.title,
    ...languages,
    origin: article.origin,
    trailingText: article.trailingText,
    segments: article.segments.map((segment) => ({
      block: segment.block,
      kind: segment.kind,
      gapBefore: segment.gapBefore,
      text: segment.mtText,
      currentText: segment.text,
      sourceText: segment.sourceText,
      status: segment.status,
      externalId: segment.externalId,
      hints: segment.hints,
      revisions: segment.revisions,
      dismissals: segment.dismissals,
    })),
  };
}

/**
 * Reads Galley's own JSON format (`"format": "galley-article"`, version 1), validated with
 * zod: the machine output goes to `text`, the reviewed text to `currentText`, with statuses,
 * ids, hints and every revision.
 */
export function parseGalleyJson(json: string): ImportResult<ArticleDraft> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return importFailure("jsonMalformed", positionOf(error, json));
  }
  if (isOtherVersion(value)) return importFailure("jsonVersionUnsupported", { version: value.version });
  const parsed = galleyArticleSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return importFailure("jsonInvalid", { path: issue?.path.join(".") ?? "", problem: issue?.message ?? "" });
  }
  // Galley writes "und" (BCP 47 for undetermined) for an article whose language it was never told.
  const targetLang =
    parsed.data.targetLang === UNDETERMINED ? ok(UNDETERMINED) : pickTargetLanguage(parsed.data.targetLang);
  if (!targetLang.ok) return targetLang;
  const sourceLang = pickLanguage(parsed.data.sourceLang);
  if (!sourceLang.ok) return sourceLang;
  return ok(draftOf(parsed.data, { sourceLang: sourceLang.value, targetLang: targetLang.value }));
}
