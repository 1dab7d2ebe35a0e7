import { z } from "zod";
import { SEGMENT_KINDS, SEGMENT_STATUSES } from "../segmentation/kinds";
import { MAX_SEGMENT_LENGTH } from "../segmentation/limits";
import { isWellFormedText } from "../text/well-formed";
import {
  REVISION_ACTIONS,
  TEXT_HINT_TYPES,
  type DismissalRecord,
  type RevisionRecord,
  type TextHint,
} from "./article-draft";

export const GALLEY_JSON_FORMAT = "galley-article";
export const GALLEY_JSON_VERSION = 1;

const LINE_BREAK = /[\r\n]/u;
const WHITE_SPACE_ONLY = /^\s*$/u;
/** PostgreSQL's int, which every number here is stored in. */
const MAX_INT = 2_147_483_647;

// Galley refuses NUL and lone surrogates everywhere (lib/text/well-formed.ts); the path says where.
const text = z.string().refine(isWellFormedText, "contains a NUL character or a lone surrogate");
// A segment is one line; the data layer refuses line breaks in its text, so the file may not carry any.
const oneLine = text.refine((value) => !LINE_BREAK.test(value), "contains a line break");
// A segment's own text is checked for length after reading, to say which segment; its history here.
const pastText = oneLine.refine(
  (value) => value.length <= MAX_SEGMENT_LENGTH,
  `is longer than ${MAX_SEGMENT_LENGTH} characters`,
);
const whiteSpace = z.string().regex(WHITE_SPACE_ONLY, "must be white space only");
const nonNegative = z.int().min(0).max(MAX_INT);
// A date PostgreSQL can store: ISO 8601 in UTC from year 1 on.
const timestamp = z.iso.datetime().refine((value) => !value.startsWith("0000"), "must be after the year 0");
const person = z.strictObject({ name: text, email: text });

const hintSchema = z
  .strictObject({ type: z.enum(TEXT_HINT_TYPES), start: nonNegative, end: nonNegative })
  .refine((hint) => hint.start < hint.end, "start must be before end") satisfies z.ZodType<TextHint>;

const revisionSchema = z.strictObject({
  // The segment's version is the last revision's plus one, so that must fit too.
  version: z
    .int()
    .positive()
    .max(MAX_INT - 1),
  action: z.enum(REVISION_ACTIONS),
  author: person.nullable(),
  textBefore: pastText,
  textAfter: pastText,
  statusBefore: z.enum(SEGMENT_STATUSES),
  statusAfter: z.enum(SEGMENT_STATUSES),
  kindBefore: z.enum(SEGMENT_KINDS),
  kindAfter: z.enum(SEGMENT_KINDS),
  comment: text.nullable(),
  overridden: z.array(z.strictObject({ check: text, text })).nullable(),
  createdAt: timestamp,
}) satisfies z.ZodType<RevisionRecord>;

const dismissalSchema = z
  .strictObject({
    check: text.min(1),
    start: nonNegative,
    end: nonNegative,
    segmentText: pastText,
    reason: text.nullable(),
    by: person.nullable(),
    at: timestamp,
  })
  .refine(
    (dismissal) => dismissal.start <= dismissal.end,
    "start must not be after end",
  ) satisfies z.ZodType<DismissalRecord>;

const segmentSchema = z.strictObject({
  block: nonNegative,
  kind: z.enum(SEGMENT_KINDS),
  gapBefore: whiteSpace,
  /** The machine output as imported. */
  mtText: oneLine,
  /** The current, reviewed text. */
  text: oneLine,
  sourceText: text.nullable(),
  status: z.enum(SEGMENT_STATUSES),
  externalId: text.nullable(),
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
    title: text,
    // Checked as BCP 47 tags after reading, with languageInvalid, like every other import's.
    sourceLang: text.nullable(),
    targetLang: text.min(1),
    origin: text,
    trailingText: whiteSpace,
    segments: z.array(segmentSchema),
  })
  .refine(
    (article) =>
      article.segments.every(
        (segment, index) => index === 0 || segment.block >= (article.segments[index - 1]?.block ?? 0),
      ),
    {
      message: "blocks must be in reading order",
      path: ["segments"],
    },
  );

export type GalleyArticle = z.infer<typeof galleyArticleSchema>;
