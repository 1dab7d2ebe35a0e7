import { z } from "zod";
import { fixSchema } from "../checks/fix-schema";
import type { MqmCategory, Severity } from "../checks/types";
import { EXPORT_FORMAT_NAMES, EXPORT_SCOPES } from "../export/export-formats";
import { ERROR_CODES } from "../result";
import { SEGMENT_KINDS, SEGMENT_STATUSES } from "../segmentation/kinds";
import { wellFormedString } from "../text/well-formed";

/**
 * The REST API's shapes, one zod schema each: route handlers validate requests and type
 * responses with them, and lib/api/openapi.ts turns them into the OpenAPI document.
 */

/** Named schemas of request bodies, as clients send them (`io: "input"`). */
export const requestSchemas = z.registry<{ id: string; description?: string }>();
/** Named schemas of response bodies, as the API sends them (`io: "output"`). */
export const responseSchemas = z.registry<{ id: string; description?: string }>();

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;
const MAX_QUERY_TEXT = 200;
const MAX_COMMENT_LENGTH = 4000;

/**
 * The largest id, version or count a PostgreSQL `integer` column holds; past it a query fails, so input past
 * it is refused first.
 */
export const MAX_DB_INT = 2_147_483_647;

/** A record's id as requests carry it: a whole number that fits the database. */
export const recordIdSchema = z.int().positive().max(MAX_DB_INT);
/** A segment's version, as requests carry it. */
export const versionSchema = z.int().positive().max(MAX_DB_INT);
/** An offset or an index into a list, as requests carry it. */
export const indexSchema = z.int().nonnegative().max(MAX_DB_INT);

const id = z.int().positive();
const timestamp = z.iso.datetime();

// Requests

/**
 * An id written in a path or a query: decimal digits only, so " 1", "0x10" and "1e3" are refused rather than
 * read as numbers.
 */
export const idTextSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(recordIdSchema);

/** A path's `{id}`. */
export const idPathSchema = z.object({
  id: idTextSchema.meta({ description: `The numeric id: decimal digits, at most ${MAX_DB_INT}.` }),
});

// Names and languages that come with an import: NUL and lone surrogates are refused (lib/text/well-formed.ts).
const importText = wellFormedString();

export const importQuerySchema = z.object({
  fileName: importText
    .max(255)
    .optional()
    .meta({ description: "The file's name; its extension tells the format (.txt, .md, .html, .xlf, .json)." }),
  targetLang: importText.max(35).optional().meta({
    description:
      "BCP 47 code of the translation's language. Required for plain text and Markdown; XLIFF and Galley JSON name their own. A code that is not one is refused (`languageInvalid`).",
  }),
  sourceLang: importText
    .max(35)
    .optional()
    .meta({ description: "BCP 47 code of the original's language, when known." }),
  origin: importText
    .max(2000)
    .optional()
    .meta({ description: "Where the article came from, a URL or a file name; defaults to fileName." }),
  linkAuthors: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true")
    .meta({
      description:
        "`true` attributes the revisions and dismissals of a Galley JSON file to the accounts here with the same email. By default they keep the names the file gives.",
    }),
});

export const segmentQuerySchema = z.object({
  status: z
    .array(z.enum(SEGMENT_STATUSES))
    .optional()
    .meta({ description: "Only segments in these statuses. Repeat the parameter or separate values with commas." }),
  kind: z
    .array(z.enum(SEGMENT_KINDS))
    .optional()
    .meta({ description: "Only segments of these kinds. Repeat the parameter or separate values with commas." }),
  q: wellFormedString().trim().min(1).max(MAX_QUERY_TEXT).optional().meta({
    description: "Only segments whose current text, machine output or source contains this text, ignoring case.",
  }),
  hasFindings: z
    .enum(["true", "false"])
    .optional()
    .meta({ description: "Only segments with (true) or without (false) open findings." }),
  cursor: z
    .string()
    .regex(/^[\w-]*$/)
    .max(100)
    .optional()
    .meta({ description: "The `nextCursor` of the previous page." }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: "Segments per page." }),
});

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMAT_NAMES).default("md").meta({
    description:
      "md, html and txt are for readers and leave page chrome out; xliff2, xliff12 and json keep every segment.",
  }),
  scope: z
    .enum(EXPORT_SCOPES)
    .default("all")
    .meta({ description: "approved: only approved segments. Galley JSON always holds the whole article." }),
});

const version = versionSchema.meta({
  description: "The segment's version you saw; a stale one is a conflict (409) and changes nothing.",
});

export const editSegmentBodySchema = z
  .object({
    text: wellFormedString().meta({
      description: "The new text: one sentence-sized piece, no line breaks, at most 5,000 characters.",
    }),
    version,
  })
  .register(requestSchemas, { id: "EditSegmentRequest" });

export const approveSegmentBodySchema = z
  .object({
    version,
    overrideReason: wellFormedString()
      .max(MAX_COMMENT_LENGTH)
      .nullish()
      .meta({ description: "Why to approve despite open critical findings; without it, they block approval (422)." }),
  })
  .register(requestSchemas, { id: "ApproveSegmentRequest" });

export const rejectSegmentBodySchema = z
  .object({
    version,
    comment: wellFormedString()
      .max(MAX_COMMENT_LENGTH)
      .meta({ description: "What needs to change; required, and posted to the segment's thread." }),
  })
  .register(requestSchemas, { id: "RejectSegmentRequest" });

// Responses

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).meta({ description: "Stable: match on this." }),
      message: z.string().meta({ description: "For people, in the language of the request's Accept-Language." }),
      details: z.record(z.string(), z.unknown()).optional().meta({
        description: "Facts about the failure, such as the line and column of malformed XML or the size limit.",
      }),
    }),
  })
  .register(responseSchemas, {
    id: "Error",
    description: "Every error. `code` is one of a fixed list; `message` may change.",
  });

export const articleSummarySchema = z
  .object({
    id,
    title: z.string(),
    sourceLang: z.string().nullable(),
    targetLang: z.string(),
    origin: z.string(),
    importedAt: timestamp,
    segmentCount: z
      .int()
      .nonnegative()
      .meta({ description: "Segments that will be exported: every live segment but page chrome." }),
    approvedCount: z.int().nonnegative().meta({ description: "Of those, the approved ones." }),
  })
  .register(responseSchemas, { id: "ArticleSummary" });

export const articleListSchema = z
  .object({ articles: z.array(articleSummarySchema) })
  .register(responseSchemas, { id: "ArticleList", description: "The articles you may read, newest first." });

const count = z.int().nonnegative();

export const articleSchema = articleSummarySchema
  .extend({
    statusCounts: z
      .object({ new: count, edited: count, approved: count, rejected: count })
      .meta({ description: "The segments that will be exported, by status." }),
    pageChromeCount: count.meta({ description: "Segments marked as page chrome, never exported." }),
  })
  .register(responseSchemas, { id: "Article" });

export const segmentSchema = z
  .object({
    id,
    articleId: id,
    position: z.int(),
    block: z.int().nonnegative().meta({ description: "The line of the original the segment belongs to." }),
    kind: z.enum(SEGMENT_KINDS),
    gapBefore: z.string().meta({ description: "Raw whitespace between the previous segment and this one." }),
    mtText: z.string().meta({ description: "The machine output as imported; never changes." }),
    text: z.string(),
    sourceText: z.string().nullable(),
    status: z.enum(SEGMENT_STATUSES),
    version: z.int().positive(),
    updatedAt: timestamp,
    updatedBy: z.object({ id, name: z.string() }).nullable(),
  })
  .register(responseSchemas, { id: "Segment" });

const SEVERITIES = ["minor", "major", "critical"] as const satisfies readonly Severity[];
const CATEGORIES = [
  "accuracy",
  "fluency",
  "terminology",
  "style",
  "locale-conventions",
  "design-markup",
] as const satisfies readonly MqmCategory[];

export const findingSchema = z
  .object({
    id,
    check: z.string().meta({ description: "The check's stable id, e.g. `fused-words`." }),
    category: z.enum(CATEGORIES).meta({ description: "Its MQM category." }),
    severity: z.enum(SEVERITIES).meta({ description: "A `critical` finding blocks approval without a reason." }),
    start: z
      .int()
      .nonnegative()
      .meta({ description: "Where it starts in the segment's `text`, in UTF-16 code units." }),
    end: z.int().nonnegative().meta({ description: "Where it ends, exclusive." }),
    text: z.string().meta({ description: "`text.slice(start, end)`." }),
    fixes: z.array(fixSchema).meta({
      description:
        "Suggested fixes, best first: a replacement for the span, an insertion at an offset of the text (`at`), its removal, splitting off a dateline, or marking the segment as page chrome.",
    }),
  })
  .register(responseSchemas, { id: "Finding", description: "An open (undismissed) finding of the checks." });

export const listedSegmentSchema = segmentSchema
  .extend({ findings: z.array(findingSchema).meta({ description: "Its open findings, in text order." }) })
  .register(responseSchemas, { id: "ListedSegment" });

export const segmentPageSchema = z
  .object({
    segments: z.array(listedSegmentSchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` for the next page; null on the last one." }),
  })
  .register(responseSchemas, { id: "SegmentPage", description: "Segments in reading order." });

export const conflictSchema = errorSchema.extend({ segment: segmentSchema }).register(responseSchemas, {
  id: "Conflict",
  description: "Someone else changed the segment first; nothing was written.",
});

export type ArticleSummaryDto = z.output<typeof articleSummarySchema>;
export type ArticleDto = z.output<typeof articleSchema>;
export type SegmentDto = z.output<typeof segmentSchema>;
export type SegmentPageDto = z.output<typeof segmentPageSchema>;
export type FindingDto = z.output<typeof findingSchema>;
export type ListedSegmentDto = z.output<typeof listedSegmentSchema>;
