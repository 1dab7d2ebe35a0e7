import { z } from "zod";
import { SEGMENT_KINDS, SEGMENT_STATUSES } from "../segmentation/kinds";
import { REVISION_ACTIONS, TEXT_HINT_TYPES, type DismissalRecord, type RevisionRecord, type TextHint } from "./article-draft";

export const GALLEY_JSON_FORMAT = "galley-article";
export const GALLEY_JSON_VERSION = 1;

const LINE_BREAK = /[\r\n]/u;
const WHITE_SPACE_ONLY = /^\s*$/u;

// A segment is one line; the data layer refuses line breaks in its text, so the file may not carry any.
const oneLine = z.string().refine((text) => !LINE_BREAK.test(text), "contains a line break");
const whiteSpace = z.string().regex(WHITE_SPACE_ONLY, "must be white space only");
const nonNegative = z.int().nonnegative();

const hintSchema = z.strictObject({ type: z.enum(TEXT_HINT_TYPES), start: nonNegative, end: nonNegative }).refine((hint) => hint.start < hint.end, "start must be before end") satisfies z.ZodType<TextHint>;

const revisionSchema = z.strictObject({
  version: z.int().positive(),
  action: z.enum(REVISION_ACTIONS),
  author: z.strictObject({ name: z.string(), email: z.string() }).nullable(),
  textBefore: oneLine,
  textAfter: oneLine,
  statusBefore: z.enum(SEGMENT_STATUSES),
  statusAfter: z.enum(SEGMENT_STATUSES),
  kindBefore: z.enum(SEGMENT_KINDS),
  kindAfter: z.enum(SEGMENT_KINDS),
  comment: z.string().nullable(),
  overridden: z.array(z.strictObject({ check: z.string(), text: z.string() })).nullable(),
  createdAt: z.iso.datetime(),
}) satisfies z.ZodType<RevisionRecord>;

const dismissalSchema = z
  .strictObject({
    check: z.string().min(1),
    start: nonNegative,
    end: nonNegative,
    segmentText: oneLine,
    reason: z.string().nullable(),
    by: z.strictObject({ name: z.string(), email: z.string() }).nullable(),
    at: z.iso.datetime(),
  })
  .refine((dismissal) => dismissal.start <= dismissal.end, "start must not be after end") satisfies z.ZodType<DismissalRecord>;

const segmentSchema = z.strictObject({
  block: nonNegative,
  kind: z.enum(SEGMENT_KINDS),
  gapBefore: whiteSpace,
  /** The machine output as imported. */
  mtText: oneLine,
  /** The current, reviewed text. */
  text: oneLine,
  sourceText: z.string().nullable(),
  status: z.enum(SEGMENT_STATUSES),
  externalId: z.string().nullable(),
  hints: z.array(hintSchema),
  revisions: z.array(revisionSchema),
  /** Absent in files from before dismissals travelled; nothing was dismissed then. */
  dismissals: z.array(dismissalSchema).optional(),
});

/**
 * Galley's own article format, version 1: everything the data layer holds about an article
 * and its segments, history included, so that import(export(x)) gives x back.
 */
export const galleyArticleSchema = z
  .strictObject({
    format: z.literal(GALLEY_JSON_FORMAT),
    version: z.literal(GALLEY_JSON_VERSION),
    title: z.string(),
    sourceLang: z.string().nullable(),
    targetLang: z.string().min(1),
    origin: z.string(),
    trailingText: whiteSpace,
    segments: z.array(segmentSchema),
  })
  .refine((article) => article.segments.every((segment, index) => index === 0 || segment.block >= (article.segments[index - 1]?.block ?? 0)), {
    message: "blocks must be in reading order",
    path: ["segments"],
  });

export type GalleyArticle = z.infer<typeof galleyArticleSchema>;
