import { z } from "zod";
import { EXPORT_FORMATS } from "../export/export-formats";
import {
  approveSegmentBodySchema,
  articleListSchema,
  articleSchema,
  conflictSchema,
  editSegmentBodySchema,
  errorSchema,
  exportQuerySchema,
  idPathSchema,
  importQuerySchema,
  rejectSegmentBodySchema,
  requestSchemas,
  responseSchemas,
  segmentPageSchema,
  segmentQuerySchema,
  segmentSchema,
} from "./schemas";

/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the zod schemas the routes use.
 * lib/api/openapi.test.ts checks that it documents exactly the routes under app/api/v1.
 */

type JsonSchema = Record<string, unknown>;
type Method = "get" | "post" | "patch";

interface ResponseSpec {
  description: string;
  /** A JSON body: a registered schema of `responseSchemas`. */
  json?: z.ZodType;
  /** Other bodies, by media type. */
  content?: Record<string, { schema: JsonSchema }>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

interface OperationSpec {
  method: Method;
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: "Articles" | "Segments" | "Meta";
  /** Needs no token. */
  isPublic?: boolean;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body: a registered schema of `requestSchemas`. */
  jsonBody?: z.ZodType;
  /** A body that is not JSON, by media type. */
  rawBody?: { description: string; content: Record<string, { schema: JsonSchema }> };
  responses: Record<number, ResponseSpec>;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The request is not valid (`invalidInput`; a number past 2147483647 among it), its text holds a NUL or a lone surrogate (`textMalformed`), or the lib refused it; `error.code` says why.",
  401: "No token, or a token that is unknown, revoked or belongs to a deactivated account (`apiTokenInvalid`).",
  403: "Your role may not do this (`forbidden`).",
  404: "No such article or segment, or one you may not read (`articleNotFound`, `notFound`).",
  413: "The body is larger than the server takes (`fileTooLarge`).",
  415: "A file Galley can't read: unknown format, binary, or an unsupported encoding.",
  422: "The segment has open critical findings (`criticalFindings`); approve with an `overrideReason`.",
};

function errors(...statuses: number[]): Record<number, ResponseSpec> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: ERROR_DESCRIPTIONS[status] ?? "An error.", json: errorSchema }]),
  );
}

const EXPORT_CONTENT = Object.fromEntries(
  Object.entries(EXPORT_FORMATS).map(([name, format]) => [
    format.contentType.split(";")[0]!,
    { schema: name === "json" ? { type: "object" } : { type: "string" } },
  ]),
);

const IMPORT_MEDIA_TYPES = [
  "text/plain",
  "text/markdown",
  "text/html",
  "application/xliff+xml",
  "application/x-xliff+xml",
  "application/json",
  "application/octet-stream",
];

export const OPERATIONS: readonly OperationSpec[] = [
  {
    method: "get",
    path: "/articles",
    operationId: "listArticles",
    summary: "List the articles you may read",
    tag: "Articles",
    responses: { 200: { description: "The articles, newest first.", json: articleListSchema }, ...errors(401) },
  },
  {
    method: "post",
    path: "/articles",
    operationId: "importArticle",
    summary: "Import a file as a new article",
    description:
      "The body is the file's bytes, sent as they are. Its format is told from `fileName`, then the Content-Type, then its content: plain text, Markdown, a news page's HTML, XLIFF 1.2 (or 1.1), 2.0, 2.1 or 2.2, or Galley JSON. Admins only. A file that fails to import stores nothing.",
    tag: "Articles",
    query: importQuerySchema,
    rawBody: {
      description: "The file, at most 5 MiB unless the server says otherwise.",
      content: Object.fromEntries(IMPORT_MEDIA_TYPES.map((type) => [type, { schema: { type: "string" } }])),
    },
    responses: {
      201: {
        description: "The new article.",
        json: articleSchema,
        headers: { Location: { description: "The new article's URL.", schema: { type: "string" } } },
      },
      ...errors(400, 401, 403, 413, 415),
      422: {
        description:
          "Reading the file passed Galley's time or memory budget (`fileTooComplex`), or Markdown with far more marks than any article (`markdownTooComplex`).",
        json: errorSchema,
      },
      503: {
        description: "Every import thread is busy and the queue is full (`importBusy`).",
        json: errorSchema,
        headers: { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "string" } } },
      },
    },
  },
  {
    method: "get",
    path: "/articles/{id}",
    operationId: "getArticle",
    summary: "An article and its segments counted by status",
    tag: "Articles",
    pathParams: idPathSchema,
    responses: { 200: { description: "The article.", json: articleSchema }, ...errors(400, 401, 404) },
  },
  {
    method: "get",
    path: "/articles/{id}/segments",
    operationId: "listSegments",
    summary: "An article's segments, filtered, a page at a time",
    tag: "Segments",
    pathParams: idPathSchema,
    query: segmentQuerySchema,
    responses: { 200: { description: "One page of segments.", json: segmentPageSchema }, ...errors(400, 401, 404) },
  },
  {
    method: "get",
    path: "/articles/{id}/export",
    operationId: "exportArticle",
    summary: "Download the article in one format",
    description: "Recorded in the activity log. Editors (on their articles) and admins only.",
    tag: "Articles",
    pathParams: idPathSchema,
    query: exportQuerySchema,
    responses: {
      200: {
        description: "The file.",
        content: EXPORT_CONTENT,
        headers: {
          "Content-Disposition": {
            description: "attachment, with a file name made from the title and the scope.",
            schema: { type: "string" },
          },
        },
      },
      ...errors(400, 401, 403, 404),
      409: {
        description: "`nothingApproved`: the scope is `approved` and no segment of the article is approved yet.",
        json: errorSchema,
      },
    },
  },
  {
    method: "patch",
    path: "/segments/{id}",
    operationId: "editSegment",
    summary: "Save a segment's new text",
    description: "Any status, approved included, goes back to edited.",
    tag: "Segments",
    pathParams: idPathSchema,
    jsonBody: editSegmentBodySchema,
    responses: {
      200: { description: "The segment as saved.", json: segmentSchema },
      ...errors(400, 401, 403, 404, 413),
      409: {
        description:
          "Someone else saved the segment first (`conflict`); nothing changed. The body holds the current segment.",
        json: conflictSchema,
      },
    },
  },
  {
    method: "post",
    path: "/segments/{id}/approve",
    operationId: "approveSegment",
    summary: "Approve a segment",
    description: "Editors (on their articles) and admins only.",
    tag: "Segments",
    pathParams: idPathSchema,
    jsonBody: approveSegmentBodySchema,
    responses: {
      200: { description: "The approved segment.", json: segmentSchema },
      ...errors(400, 401, 403, 404, 413, 422),
      409: {
        description: "Someone else changed the segment first (`conflict`); nothing changed.",
        json: conflictSchema,
      },
    },
  },
  {
    method: "post",
    path: "/segments/{id}/reject",
    operationId: "rejectSegment",
    summary: "Reject a segment, saying why",
    description:
      "The comment is required (`commentRequired`) and lands in the segment's thread. Editors (on their articles) and admins only.",
    tag: "Segments",
    pathParams: idPathSchema,
    jsonBody: rejectSegmentBodySchema,
    responses: {
      200: { description: "The rejected segment.", json: segmentSchema },
      ...errors(400, 401, 403, 404, 413),
      409: {
        description: "Someone else changed the segment first (`conflict`); nothing changed.",
        json: conflictSchema,
      },
    },
  },
  {
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document",
    tag: "Meta",
    isPublic: true,
    responses: {
      200: {
        description: "The OpenAPI 3.1 document.",
        content: { "application/json": { schema: { type: "object" } } },
      },
    },
  },
];

const COMPONENT_PREFIX = "#/components/schemas/";

function componentSchemas(registry: typeof requestSchemas, io: "input" | "output"): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, {
    io,
    uri: (id) => COMPONENT_PREFIX + id,
    // The regular expression zod adds to date-times says no more than `format` does.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === "date-time") delete jsonSchema.pattern;
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema as JsonSchema]),
  );
}

function refTo(registry: typeof requestSchemas, schema: z.ZodType): JsonSchema {
  const id = registry.get(schema)?.id;
  if (!id) throw new Error("The OpenAPI document can only refer to registered schemas.");
  return { $ref: COMPONENT_PREFIX + id };
}

function parameters(schema: z.ZodObject, location: "path" | "query"): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema: _dialect, description, ...fieldSchema } = z.toJSONSchema(field as z.ZodType, { io: "input" });
    const required = location === "path" || !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: location, required, ...(description ? { description } : {}), schema: fieldSchema };
  });
}

function response(spec: ResponseSpec): JsonSchema {
  const content = spec.json ? { "application/json": { schema: refTo(responseSchemas, spec.json) } } : spec.content;
  return {
    description: spec.description,
    ...(content ? { content } : {}),
    ...(spec.headers ? { headers: spec.headers } : {}),
  };
}

function operation(spec: OperationSpec): JsonSchema {
  const params = [
    ...(spec.pathParams ? parameters(spec.pathParams, "path") : []),
    ...(spec.query ? parameters(spec.query, "query") : []),
  ];
  const requestBody = spec.jsonBody
    ? { required: true, content: { "application/json": { schema: refTo(requestSchemas, spec.jsonBody) } } }
    : spec.rawBody
      ? { required: true, description: spec.rawBody.description, content: spec.rawBody.content }
      : undefined;
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    ...(spec.isPublic ? { security: [] } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: Object.fromEntries(
      Object.entries(spec.responses).map(([status, responseSpec]) => [status, response(responseSpec)]),
    ),
  };
}

function buildDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of OPERATIONS) (paths[spec.path] ??= {})[spec.method] = operation(spec);
  return {
    openapi: "3.1.1",
    info: {
      title: "Galley API",
      version: "1.0.0",
      description:
        'Review machine-translated articles segment by segment from a script. Authenticate with a personal API token (Profile → API tokens) sent as `Authorization: Bearer <token>`; you get exactly the permissions you have in the app. Errors are JSON: `{ "error": { "code", "message", "details"? } }`.',
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: [] }],
    tags: [
      { name: "Articles", description: "Import, read and export articles." },
      { name: "Segments", description: "Read, edit and review segments." },
      { name: "Meta", description: "About the API itself." },
    ],
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token from your profile page." },
      },
      schemas: { ...componentSchemas(requestSchemas, "input"), ...componentSchemas(responseSchemas, "output") },
    },
  };
}

let document: JsonSchema | undefined;

/** The document, built once per process. */
export function openApiDocument(): JsonSchema {
  document ??= buildDocument();
  return document;
}
