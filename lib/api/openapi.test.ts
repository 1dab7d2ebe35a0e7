import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { articleSchema, conflictSchema, editSegmentBodySchema, segmentPageSchema } from "./schemas";

type Json = Record<string, unknown>;

const API_ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
const OPERATION_KEYS = new Set(HTTP_METHODS.map((method) => method.toLowerCase()));

const document = openApiDocument() as Json & {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};

/** Every `route.ts` under app/api/v1, as "METHOD /path" with `[id]` written `{id}`. */
function routeOperations(dir = API_ROOT, segments: string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return entry.name.startsWith("_")
        ? []
        : routeOperations(path.join(dir, entry.name), [...segments, entry.name.replace(/^\[(\w+)\]$/, "{$1}")]);
    if (!/^route\.[jt]sx?$/.test(entry.name)) return [];
    const source = readFileSync(path.join(dir, entry.name), "utf8");
    const exported = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g)].map(
      (match) => match[1]!,
    );
    return exported
      .filter((name) => (HTTP_METHODS as readonly string[]).includes(name))
      .map((method) => `${method} /${segments.join("/")}`);
  });
}

function documentedOperations(): string[] {
  return Object.entries(document.paths).flatMap(([route, item]) =>
    Object.keys(item)
      .filter((key) => OPERATION_KEYS.has(key))
      .map((method) => `${method.toUpperCase()} ${route}`),
  );
}

/** Every value in the document, with its JSON pointer. */
function* walk(value: unknown, pointer = ""): Generator<[string, unknown]> {
  yield [pointer, value];
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value))
      yield* walk(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  }
}

function resolvePointer(ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Json)[part] : undefined), document);
}

/** An Ajv schema for a schema of the document, its component references made local. */
function standalone(schema: Json): Json {
  const local = JSON.parse(
    JSON.stringify({ ...schema, $defs: document.components.schemas }).replaceAll('"#/components/schemas/', '"#/$defs/'),
  ) as Json;
  return local;
}

function newAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the required top-level fields", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(document.paths).length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it("gives every path operations, every operation a unique id and responses with descriptions", () => {
    const ids = new Set<string>();
    for (const [route, item] of Object.entries(document.paths)) {
      expect(route).toMatch(/^\/[\w./{}-]*$/);
      const operations = Object.entries(item).filter(([key]) => OPERATION_KEYS.has(key));
      expect(operations.length, route).toBeGreaterThan(0);
      for (const [method, operation] of operations) {
        const where = `${method} ${route}`;
        expect(typeof operation.operationId, where).toBe("string");
        expect(ids.has(operation.operationId as string), `${where}: duplicate operationId`).toBe(false);
        ids.add(operation.operationId as string);
        const responses = operation.responses as Record<string, Json>;
        expect(Object.keys(responses).length, where).toBeGreaterThan(0);
        expect(
          Object.keys(responses).some((status) => /^2\d\d$/.test(status)),
          `${where}: no success response`,
        ).toBe(true);
        for (const [status, response] of Object.entries(responses)) {
          expect(status, where).toMatch(/^(?:[1-5]\d\d|[1-5]XX|default)$/);
          expect(typeof response.description, `${where} ${status}`).toBe("string");
        }
      }
    }
  });

  it("declares each path template's parameters as required path parameters, and no others", () => {
    for (const [route, item] of Object.entries(document.paths)) {
      const inTemplate = [...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      for (const [method, operation] of Object.entries(item)) {
        const params = ((operation.parameters as Json[] | undefined) ?? []).filter((param) => param.in === "path");
        expect(params.map((param) => param.name).sort(), `${method} ${route}`).toEqual(inTemplate);
        for (const param of params) expect(param.required, `${method} ${route} ${String(param.name)}`).toBe(true);
      }
    }
  });

  it("resolves every $ref", () => {
    const refs = [...walk(document)].filter(([pointer]) => pointer.endsWith("/$ref"));
    expect(refs.length).toBeGreaterThan(0);
    for (const [pointer, ref] of refs)
      expect(resolvePointer(ref as string), `${pointer}: ${String(ref)}`).toBeDefined();
  });

  it("holds only valid JSON Schema 2020-12, under Ajv's strict mode", () => {
    const ajv = newAjv();
    const schemas = [...walk(document)].filter(
      ([pointer]) => /\/schema$/.test(pointer) || /^\/components\/schemas\/[^/]+$/.test(pointer),
    );
    expect(schemas.length).toBeGreaterThan(10);
    for (const [pointer, schema] of schemas)
      expect(() => ajv.compile(standalone(schema as Json)), pointer).not.toThrow();
  });

  it("describes what the zod schemas accept and produce", () => {
    const ajv = newAjv();
    const validate = (id: string, value: unknown) =>
      ajv.validate(standalone({ $ref: `#/components/schemas/${id}` }), value);
    const segment = {
      id: 1,
      articleId: 2,
      position: 0,
      block: 0,
      kind: "paragraph",
      gapBefore: "",
      mtText: "a",
      text: "b",
      sourceText: null,
      status: "edited",
      version: 2,
      updatedAt: new Date().toISOString(),
      updatedBy: null,
    };
    const finding = {
      id: 3,
      check: "fused-words",
      category: "fluency",
      severity: "major",
      start: 0,
      end: 1,
      text: "b",
      fixes: [
        { type: "replace", text: "b." },
        { type: "split-dateline", at: 1 },
      ],
    };
    const listed = { ...segment, findings: [finding] };
    expect(segmentPageSchema.parse({ segments: [listed], nextCursor: null })).toBeTruthy();
    expect(validate("SegmentPage", { segments: [listed], nextCursor: null })).toBe(true);
    expect(validate("SegmentPage", { segments: [{ ...listed, status: "done" }], nextCursor: null })).toBe(false);
    expect(validate("SegmentPage", { segments: [segment], nextCursor: null })).toBe(false);
    expect(
      validate("SegmentPage", {
        segments: [{ ...listed, findings: [{ ...finding, fixes: [{ type: "explode" }] }] }],
        nextCursor: null,
      }),
    ).toBe(false);
    const conflict = { error: { code: "conflict", message: "Someone else saved first." }, segment };
    expect(conflictSchema.parse(conflict)).toEqual(conflict);
    expect(validate("Conflict", conflict)).toBe(true);
    expect(validate("Conflict", { ...conflict, error: { ...conflict.error, code: "nope" } })).toBe(false);
    const counts = { new: 1, edited: 0, approved: 0, rejected: 0 };
    const article = {
      id: 1,
      title: "T",
      sourceLang: null,
      targetLang: "en",
      origin: "x",
      importedAt: new Date().toISOString(),
      segmentCount: 1,
      approvedCount: 0,
      statusCounts: counts,
      pageChromeCount: 0,
    };
    expect(articleSchema.parse(article)).toEqual(article);
    expect(validate("Article", article)).toBe(true);
    expect(editSegmentBodySchema.safeParse({ text: "x", version: 0 }).success).toBe(false);
    expect(validate("EditSegmentRequest", { text: "x", version: 0 })).toBe(false);
    expect(validate("EditSegmentRequest", { text: "x", version: 3 })).toBe(true);
  });

  it("documents every route under app/api/v1, and has a route for every documented operation", () => {
    const routes = routeOperations().sort();
    expect(routes).toContain("GET /openapi.json");
    expect(routes).toContain("PATCH /segments/{id}");
    expect(documentedOperations().sort()).toEqual(routes);
  });

  it("asks for the bearer token everywhere but on the document itself", () => {
    expect(document.security).toEqual([{ bearerToken: [] }]);
    expect(document.components).toMatchObject({ securitySchemes: { bearerToken: { type: "http", scheme: "bearer" } } });
    const open = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.entries(item)
        .filter(([, operation]) => Array.isArray(operation.security) && (operation.security as unknown[]).length === 0)
        .map(([method]) => `${method} ${route}`),
    );
    expect(open).toEqual(["get /openapi.json"]);
  });
});
