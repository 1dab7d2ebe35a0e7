import { expect, test, type APIRequestContext, type APIResponse, type Browser, type Page } from "@playwright/test";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { storageStateOf, type AccountRole } from "../support/accounts";
import { createApiToken } from "../support/api-token";

// The REST API, driven as a script would, with tokens made on the profile page. Every
// response is checked against the OpenAPI document's schema for its operation and status.

test.describe.configure({ mode: "serial" });

type Json = Record<string, unknown>;
type Method = "GET" | "POST" | "PATCH";
type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Json }> }> }>>;
  components: { schemas: Record<string, Json> };
};

interface Call {
  /** Sent as `Authorization: Bearer …`; null sends no header at all. */
  token: string | null;
  id?: number | string;
  query?: Record<string, string | number | readonly string[]>;
  json?: unknown;
  body?: Buffer | string;
  contentType?: string;
  headers?: Record<string, string>;
}

const RUN = Date.now().toString(36);
const MiB = 1024 * 1024;

let openApi: OpenApi | undefined;
const validators = new Map<string, ValidateFunction>();
const exercised = new Set<string>();
const tokens: Partial<Record<AccountRole, string>> = {};
let revokedToken = "";
let xliffArticleId = 0;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

async function documentOf(request: APIRequestContext): Promise<OpenApi> {
  if (!openApi) {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    openApi = (await response.json()) as OpenApi;
    exercised.add("GET /openapi.json");
  }
  return openApi;
}

/** A schema of the document as a schema of its own, the component references made local. */
function validatorFor(doc: OpenApi, key: string, schema: Json): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    const local = JSON.parse(
      JSON.stringify({ ...schema, $defs: doc.components.schemas }).replaceAll('"#/components/schemas/', '"#/$defs/'),
    ) as Json;
    validate = ajv.compile(local);
    validators.set(key, validate);
  }
  return validate;
}

/**
 * Calls `/api/v1` + `template`, expects `status`, and validates the body against what the
 * document says that operation answers with that status; an undocumented status fails.
 */
async function api(request: APIRequestContext, method: Method, template: string, status: number, call: Call) {
  const doc = await documentOf(request);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(call.query ?? {}))
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  const url = `/api/v1${template.replace("{id}", String(call.id))}${search.size > 0 ? `?${search}` : ""}`;
  const headers: Record<string, string> = { ...call.headers };
  if (call.token !== null) headers.authorization = `Bearer ${call.token}`;
  if (call.contentType) headers["content-type"] = call.contentType;
  const data = call.json !== undefined ? JSON.stringify(call.json) : call.body;
  if (call.json !== undefined) headers["content-type"] ??= "application/json";
  const response: APIResponse = await request.fetch(url, { method, headers, data, maxRedirects: 0 });
  const text = await response.text();
  expect(response.status(), `${method} ${url}: ${text.slice(0, 500)}`).toBe(status);

  const operation = doc.paths[template]?.[method.toLowerCase()];
  expect(operation, `${method} ${template} is documented`).toBeDefined();
  const documented = operation?.responses[String(status)];
  expect(documented, `${method} ${template} documents ${status}`).toBeDefined();
  const mediaType = (response.headers()["content-type"] ?? "").split(";")[0]!.trim();
  const content = documented?.content?.[mediaType];
  expect(content, `${method} ${template} ${status} documents ${mediaType}`).toBeDefined();
  const body: unknown = mediaType === "application/json" ? JSON.parse(text) : text;
  const validate = validatorFor(doc, `${method} ${template} ${status} ${mediaType}`, content!.schema);
  expect(validate(body), `${method} ${template} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
  if (status < 300) exercised.add(`${method} ${template}`);
  // Validated against the document's schema just above; typing every operation's body again here would copy
  // the document.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { response, body: body as any };
}

/** Makes a token on the profile page, as a person would; it is shown once and listed as never used. */
async function createToken(page: Page, name: string): Promise<string> {
  const secret = await createApiToken(page, name);
  const section = page.getByRole("region", { name: "API tokens" });
  await expect(section.getByText("you won't see this token again")).toBeVisible();
  await expect(section.getByRole("row").filter({ hasText: name })).toContainText("Never");
  return secret;
}

async function pageAs(browser: Browser, role: AccountRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageStateOf(role) })).newPage();
}

function xliff(title: string, paragraphs: readonly [source: string, target: string][]): string {
  const units = paragraphs.map(
    ([source, target], index) =>
      `    <unit id="p${index}"><segment><source>${source}</source><target>${target}</target></segment></unit>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ca" trgLang="en">',
    '  <file id="f1">',
    `    <unit id="title"><segment><source>Titular ${title}</source><target>${title}</target></segment></unit>`,
    ...units,
    "  </file>",
    "</xliff>",
  ].join("\n");
}

test("tokens are made on the profile page, shown once, copied, listed and revoked", async ({ page, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  tokens.admin = await createToken(page, `admin script ${RUN}`);
  expect(tokens.admin).toMatch(/^galley_[\w-]{43}$/);
  const section = page.getByRole("region", { name: "API tokens" });
  await section.getByRole("button", { name: "Copy token" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Copied to the clipboard." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tokens.admin);
  await page.screenshot({ path: test.info().outputPath("profile-new-token.png"), fullPage: true });

  // Gone for good once the page is left: only a hash is stored.
  await page.reload();
  await expect(section.getByRole("textbox", { name: "Token" })).toHaveCount(0);
  await expect(page.getByText(tokens.admin)).toHaveCount(0);
  await api(page.request, "GET", "/articles", 200, { token: tokens.admin });
  await page.reload();
  await expect(section.getByRole("row").filter({ hasText: `admin script ${RUN}` })).not.toContainText("Never");

  // Revoking asks first; cancelling keeps the token.
  revokedToken = await createToken(page, `short-lived ${RUN}`);
  await api(page.request, "GET", "/articles", 200, { token: revokedToken });
  await section.getByRole("button", { name: "Done, I've saved it" }).click();
  await expect(section.getByRole("textbox", { name: "Name" })).toBeFocused();
  const row = section.getByRole("row").filter({ hasText: `short-lived ${RUN}` });
  await row.getByRole("button", { name: `Revoke short-lived ${RUN}` }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke “short-lived ${RUN}”?` });
  await expect(dialog).toContainText("loses access at once");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: `Revoke short-lived ${RUN}` }).click();
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(section.getByRole("status").filter({ hasText: "was revoked" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("profile-token-list.png"), fullPage: true });

  // The other roles start with none, and make their own.
  const editor = await pageAs(browser, "editor");
  await editor.goto("/en/profile");
  await expect(editor.getByText("No tokens yet.")).toBeVisible();
  tokens.editor = await createToken(editor, `editor script ${RUN}`);
  tokens.translator = await createToken(await pageAs(browser, "translator"), `translator script ${RUN}`);
});

test("refuses a request without a live token with 401, whatever cookie it carries", async ({ request }) => {
  for (const token of [null, "", "not-a-token", `galley_${"x".repeat(43)}`, revokedToken]) {
    const { response, body } = await api(request, "GET", "/articles", 401, { token });
    expect(body.error).toMatchObject({
      code: "apiTokenInvalid",
      message: expect.stringContaining("Authorization: Bearer"),
    });
    expect(response.headers()["www-authenticate"]).toMatch(/^Bearer/);
  }
  // The request fixture carries the admin's session cookie: the API ignores it.
  const cookies = (await request.storageState()).cookies;
  expect(cookies.length).toBeGreaterThan(0);
  await api(request, "PATCH", "/segments/{id}", 401, { token: null, id: 1, json: { text: "x", version: 1 } });
  expect((await api(request, "GET", "/articles", 200, { token: tokens.admin! })).body.articles.length).toBeGreaterThan(
    0,
  );
});

test("serves the OpenAPI 3.1 document without a token", async ({ request }) => {
  const doc = await documentOf(request);
  expect(doc.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      "/articles",
      "/articles/{id}",
      "/articles/{id}/segments",
      "/articles/{id}/export",
      "/segments/{id}",
      "/segments/{id}/approve",
      "/segments/{id}/reject",
      "/openapi.json",
    ]),
  );
});

test("imports an XLIFF file: 201, a Location, and the article in the list", async ({ request }) => {
  const before = (await api(request, "GET", "/articles", 200, { token: tokens.admin! })).body.articles.length as number;
  const file = xliff(`API headline ${RUN}`, [
    ["Hi ha 1.500 gats al terrat.", "There are 1,600 cats on the roof."],
    ["El segon paràgraf és curt.", "The second paragraph is short."],
  ]);
  const { response, body } = await api(request, "POST", "/articles", 201, {
    token: tokens.admin!,
    query: { fileName: "api-article.xlf" },
    body: Buffer.from(file),
    contentType: "application/xliff+xml",
  });
  expect(body).toMatchObject({
    title: `API headline ${RUN}`,
    sourceLang: "ca",
    targetLang: "en",
    origin: "api-article.xlf",
    approvedCount: 0,
  });
  expect(body.segmentCount).toBe(3);
  expect(body.statusCounts).toEqual({ new: 3, edited: 0, approved: 0, rejected: 0 });
  xliffArticleId = body.id;
  expect(response.headers().location).toBe(`/api/v1/articles/${xliffArticleId}`);
  const again = await api(request, "GET", "/articles/{id}", 200, { token: tokens.admin!, id: xliffArticleId });
  expect(again.body).toEqual(body);
  const list = (await api(request, "GET", "/articles", 200, { token: tokens.admin! })).body.articles as {
    id: number;
  }[];
  expect(list).toHaveLength(before + 1);
  expect(list[0]?.id).toBe(xliffArticleId);
});

test("refuses bad files with the right status and details, and stores nothing", async ({ request }) => {
  const count = async () =>
    ((await api(request, "GET", "/articles", 200, { token: tokens.admin! })).body.articles as unknown[]).length;
  const before = await count();
  const post = (status: number, call: Omit<Call, "token">) =>
    api(request, "POST", "/articles", status, { token: tokens.admin!, ...call });

  const malformed = await post(400, {
    query: { fileName: "broken.xlf" },
    body: '<?xml version="1.0"?>\n<xliff version="2.0">\n  <file id="f1">\n    <unit id="1"></file>\n</xliff>\n',
    contentType: "application/xliff+xml",
  });
  expect(malformed.body.error).toMatchObject({
    code: "xmlMalformed",
    details: { line: expect.any(Number), column: expect.any(Number) },
  });
  expect(malformed.body.error.details.line).toBe(4);
  expect(malformed.body.error.message).toContain(`line ${malformed.body.error.details.line}`);

  expect(
    (
      await post(415, {
        query: { fileName: "notes.docx" },
        body: "Just some words.",
        contentType: "application/octet-stream",
      })
    ).body.error.code,
  ).toBe("formatUnknown");
  expect(
    (
      await post(400, {
        query: { fileName: "empty.txt", targetLang: "en" },
        body: Buffer.alloc(0),
        contentType: "text/plain",
      })
    ).body.error.code,
  ).toBe("fileEmpty");
  const tooLarge = await post(413, {
    query: { fileName: "huge.txt", targetLang: "en" },
    body: Buffer.alloc(5 * MiB + 1, "a"),
    contentType: "text/plain",
  });
  expect(tooLarge.body.error).toMatchObject({ code: "fileTooLarge", details: { maxBytes: 5 * MiB } });
  expect(
    (await post(400, { query: { fileName: "article.txt" }, body: "Headline\n\nSome text.", contentType: "text/plain" }))
      .body.error.code,
  ).toBe("languageMissing");
  expect(
    (
      await post(400, {
        query: { fileName: "article.txt", targetLang: "en", origin: "x".repeat(2001) },
        body: "Headline",
        contentType: "text/plain",
      })
    ).body.error.code,
  ).toBe("invalidInput");
  expect(
    (
      await post(400, {
        query: { fileName: "article.txt", targetLang: "en", linkAuthors: "maybe" },
        body: "Headline",
        contentType: "text/plain",
      })
    ).body.error.code,
  ).toBe("invalidInput");
  expect(
    (
      await post(400, {
        query: { fileName: "article.txt", targetLang: "!!" },
        body: "Headline",
        contentType: "text/plain",
      })
    ).body.error,
  ).toMatchObject({ code: "languageInvalid", details: { language: "!!" } });
  expect(
    (
      await post(400, {
        query: { fileName: "article.txt", targetLang: "en", origin: "cms\u0000" },
        body: "Headline",
        contentType: "text/plain",
      })
    ).body.error.code,
  ).toBe("textMalformed");
  expect(
    (
      await post(400, {
        query: { fileName: "v.xlf" },
        body: '<xliff version="2.3" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>',
        contentType: "application/xliff+xml",
      })
    ).body.error,
  ).toMatchObject({ code: "xliffVersionUnsupported", details: { version: "2.3" } });
  // Parsed in the import pool: Markdown that would hold the parser up is refused as too complex.
  expect(
    (
      await post(422, {
        query: { fileName: "stars.md", targetLang: "en" },
        body: "*a_".repeat(10_000),
        contentType: "text/markdown",
      })
    ).body.error,
  ).toMatchObject({ code: "markdownTooComplex", details: { line: 1 } });
  // Importing is for admins only.
  expect(
    (
      await api(request, "POST", "/articles", 403, {
        token: tokens.editor!,
        query: { fileName: "a.txt", targetLang: "en" },
        body: "Headline\n\nText.",
        contentType: "text/plain",
      })
    ).body.error.code,
  ).toBe("forbidden");

  expect(await count()).toBe(before);
});

test("edits a segment; a stale version is a 409 that returns the current segment", async ({ request }) => {
  const all = (await api(request, "GET", "/articles/{id}/segments", 200, { token: tokens.admin!, id: xliffArticleId }))
    .body.segments as { id: number; mtText: string; version: number }[];
  const segment = all.find((candidate) => candidate.mtText === "The second paragraph is short.")!;
  const saved = await api(request, "PATCH", "/segments/{id}", 200, {
    token: tokens.admin!,
    id: segment.id,
    json: { text: "The second paragraph is brief.", version: segment.version },
  });
  expect(saved.body).toMatchObject({
    id: segment.id,
    text: "The second paragraph is brief.",
    status: "edited",
    version: segment.version + 1,
    updatedBy: { name: "Ada Admin" },
  });

  const stale = await api(request, "PATCH", "/segments/{id}", 409, {
    token: tokens.admin!,
    id: segment.id,
    json: { text: "Someone else's text.", version: segment.version },
  });
  expect(stale.body.error.code).toBe("conflict");
  expect(stale.body.segment).toMatchObject({
    id: segment.id,
    text: "The second paragraph is brief.",
    version: segment.version + 1,
  });

  expect(
    (
      await api(request, "PATCH", "/segments/{id}", 400, {
        token: tokens.admin!,
        id: segment.id,
        json: { text: "Two\nlines", version: segment.version + 1 },
      })
    ).body.error.code,
  ).toBe("lineBreak");
  expect(
    (
      await api(request, "PATCH", "/segments/{id}", 400, {
        token: tokens.admin!,
        id: segment.id,
        body: "{not json",
        contentType: "application/json",
      })
    ).body.error.code,
  ).toBe("invalidInput");
  const missing = await api(request, "PATCH", "/segments/{id}", 400, {
    token: tokens.admin!,
    id: segment.id,
    json: { text: "No version" },
  });
  expect(missing.body.error).toMatchObject({ code: "invalidInput", details: { path: "version" } });
  expect(
    (
      await api(request, "PATCH", "/segments/{id}", 400, {
        token: tokens.admin!,
        id: "abc",
        json: { text: "x", version: 1 },
      })
    ).body.error.code,
  ).toBe("invalidInput");
  expect(
    (
      await api(request, "PATCH", "/segments/{id}", 404, {
        token: tokens.admin!,
        id: 99_999_999,
        json: { text: "x", version: 1 },
      })
    ).body.error.code,
  ).toBe("notFound");
  const after = await api(request, "GET", "/articles/{id}", 200, { token: tokens.admin!, id: xliffArticleId });
  expect(after.body.statusCounts).toMatchObject({ new: 2, edited: 1 });
});

test("approves and rejects: critical findings need a reason, a rejection a comment", async ({ request }) => {
  const segments = (
    await api(request, "GET", "/articles/{id}/segments", 200, { token: tokens.admin!, id: xliffArticleId })
  ).body.segments as { id: number; mtText: string; version: number }[];
  const byText = (text: string) => segments.find((segment) => segment.mtText.startsWith(text))!;
  const cats = byText("There are 1,600 cats");
  const blocked = await api(request, "POST", "/segments/{id}/approve", 422, {
    token: tokens.admin!,
    id: cats.id,
    json: { version: cats.version },
  });
  expect(blocked.body.error.code).toBe("criticalFindings");
  expect(blocked.body.error.details.findings).toEqual(
    expect.arrayContaining([expect.objectContaining({ check: "number-mismatch" })]),
  );
  const overridden = await api(request, "POST", "/segments/{id}/approve", 200, {
    token: tokens.admin!,
    id: cats.id,
    json: { version: cats.version, overrideReason: "The source was corrected later." },
  });
  expect(overridden.body).toMatchObject({ status: "approved", version: cats.version + 1 });

  const headline = byText("API headline");
  expect(
    (
      await api(request, "POST", "/segments/{id}/approve", 200, {
        token: tokens.admin!,
        id: headline.id,
        json: { version: headline.version },
      })
    ).body.status,
  ).toBe("approved");
  expect(
    (
      await api(request, "POST", "/segments/{id}/approve", 409, {
        token: tokens.admin!,
        id: headline.id,
        json: { version: headline.version },
      })
    ).body.segment.status,
  ).toBe("approved");

  const second = byText("The second paragraph");
  expect(
    (
      await api(request, "POST", "/segments/{id}/reject", 400, {
        token: tokens.admin!,
        id: second.id,
        json: { version: second.version, comment: "  " },
      })
    ).body.error.code,
  ).toBe("commentRequired");
  expect(
    (
      await api(request, "POST", "/segments/{id}/reject", 400, {
        token: tokens.admin!,
        id: second.id,
        json: { version: second.version },
      })
    ).body.error.code,
  ).toBe("invalidInput");
  const rejected = await api(request, "POST", "/segments/{id}/reject", 200, {
    token: tokens.admin!,
    id: second.id,
    json: { version: second.version, comment: "Too terse; keep the original's tone." },
  });
  expect(rejected.body).toMatchObject({ status: "rejected", version: second.version + 1 });
  expect(
    (
      await api(request, "POST", "/segments/{id}/reject", 409, {
        token: tokens.admin!,
        id: second.id,
        json: { version: second.version, comment: "Again" },
      })
    ).body.segment.status,
  ).toBe("rejected");

  const article = await api(request, "GET", "/articles/{id}", 200, { token: tokens.admin!, id: xliffArticleId });
  expect(article.body).toMatchObject({
    approvedCount: 2,
    statusCounts: { new: 0, edited: 0, approved: 2, rejected: 1 },
  });
});

test("lists segments by status, kind, text and findings, a page at a time", async ({ request }) => {
  const list = (query: Call["query"], status = 200) =>
    api(request, "GET", "/articles/{id}/segments", status, { token: tokens.admin!, id: xliffArticleId, query });
  const all = (await list({})).body as {
    segments: { id: number; status: string; kind: string; text: string }[];
    nextCursor: string | null;
  };
  expect(all.segments).toHaveLength(3);
  expect(all.nextCursor).toBeNull();
  const ids = (segments: { id: number }[]) => segments.map((segment) => segment.id);

  const paged: number[] = [];
  let cursor: string | null = null;
  do {
    const page: { segments: { id: number }[]; nextCursor: string | null } = (
      await list(cursor ? { limit: 1, cursor } : { limit: 1 })
    ).body;
    expect(page.segments.length).toBeLessThanOrEqual(1);
    paged.push(...ids(page.segments));
    cursor = page.nextCursor;
  } while (cursor);
  expect(paged).toEqual(ids(all.segments));

  const reviewed = ids(
    all.segments.filter((segment) => segment.status === "approved" || segment.status === "rejected"),
  );
  expect(reviewed).toHaveLength(3);
  expect(ids((await list({ status: "approved,rejected" })).body.segments)).toEqual(reviewed);
  expect(ids((await list({ status: ["approved", "rejected"] })).body.segments)).toEqual(reviewed);
  expect(ids((await list({ status: "rejected" })).body.segments)).toEqual(
    ids(all.segments.filter((segment) => segment.status === "rejected")),
  );
  const kind = all.segments[0]!.kind;
  expect(ids((await list({ kind })).body.segments)).toEqual(
    ids(all.segments.filter((segment) => segment.kind === kind)),
  );
  expect((await list({ q: "CATS ON" })).body.segments.map((segment: { text: string }) => segment.text)).toEqual([
    "There are 1,600 cats on the roof.",
  ]);
  const withFindings = ids((await list({ hasFindings: "true" })).body.segments);
  const without = ids((await list({ hasFindings: "false" })).body.segments);
  expect([...withFindings, ...without].sort()).toEqual(ids(all.segments).sort());
  const cats = all.segments.find((segment) => segment.text.includes("1,600 cats")) as unknown as {
    id: number;
    text: string;
    findings: { check: string; start: number; end: number; text: string; fixes: unknown[] }[];
  };
  expect(withFindings).toContain(cats.id);
  // Each listed segment carries its open findings, with offsets into its text and the fixes on offer.
  expect(cats.findings.length).toBeGreaterThan(0);
  for (const finding of cats.findings) expect(cats.text.slice(finding.start, finding.end)).toBe(finding.text);
  expect(cats.findings.map((finding) => finding.check)).toContain("number-mismatch");

  const invalid: Call["query"][] = [
    { status: "done" },
    { limit: 501 },
    { limit: 0 },
    { cursor: "garbage" },
    { hasFindings: "yes" },
  ];
  for (const query of invalid) {
    expect((await list(query, 400)).body.error.code).toBe("invalidInput");
  }
  expect(
    (await api(request, "GET", "/articles/{id}/segments", 404, { token: tokens.admin!, id: 99_999_999 })).body.error
      .code,
  ).toBe("articleNotFound");
});

test("exports every format and scope, each one recorded in the activity log", async ({ request, page }) => {
  const exportAs = (query: Call["query"], status = 200) =>
    api(request, "GET", "/articles/{id}/export", status, { token: tokens.admin!, id: xliffArticleId, query });
  const expected = {
    md: "text/markdown",
    html: "text/html",
    txt: "text/plain",
    xliff2: "application/xliff+xml",
    xliff12: "application/x-xliff+xml",
    json: "application/json",
  };
  for (const [format, type] of Object.entries(expected)) {
    const { response, body } = await exportAs({ format });
    expect(response.headers()["content-type"]).toContain(type);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="api-headline-/);
    if (format === "json") expect(body).toMatchObject({ format: "galley-article" });
    else expect(body).toContain("There are 1,600 cats on the roof.");
  }
  const markdown = (await exportAs({})).body as string;
  expect(markdown).toContain("The second paragraph is brief.");
  const approvedOnly = (await exportAs({ format: "md", scope: "approved" })).body as string;
  expect(approvedOnly).toContain("There are 1,600 cats on the roof.");
  expect(approvedOnly).not.toContain("The second paragraph is brief.");
  expect((await exportAs({ format: "docx" }, 400)).body.error.code).toBe("invalidInput");

  // An article with nothing approved has no "approved only" file to give, in any scoped format.
  const fresh = await api(request, "POST", "/articles", 201, {
    token: tokens.admin!,
    query: { fileName: "unapproved.txt", targetLang: "en" },
    body: Buffer.from(`Nothing approved ${RUN}\n\nA first paragraph.`),
    contentType: "text/plain",
  });
  for (const format of ["md", "xliff2"]) {
    const refused = await api(request, "GET", "/articles/{id}/export", 409, {
      token: tokens.admin!,
      id: fresh.body.id,
      query: { format, scope: "approved" },
    });
    expect(refused.body.error.code).toBe("nothingApproved");
  }
  const everything = await api(request, "GET", "/articles/{id}/export", 200, {
    token: tokens.admin!,
    id: fresh.body.id,
    query: { format: "md" },
  });
  expect(everything.response.headers()["content-disposition"]).toMatch(/-all-marked\.md"$/u);

  await page.goto(`/en/admin/activity?article=${xliffArticleId}`);
  await expect(page.getByRole("row").filter({ hasText: "Exported" })).toHaveCount(Object.keys(expected).length + 2);
});

test("applies the app's permissions: translators don't review or export, nobody reads what they aren't assigned", async ({
  request,
}) => {
  const translatorList = (await api(request, "GET", "/articles", 200, { token: tokens.translator! })).body.articles as {
    id: number;
    origin: string;
  }[];
  expect(translatorList.map((article) => article.id)).not.toContain(xliffArticleId);
  const demo = translatorList.find((article) => article.origin === "seed-article.txt")!;
  expect(demo).toBeDefined();
  const demoSegment = (
    await api(request, "GET", "/articles/{id}/segments", 200, {
      token: tokens.translator!,
      id: demo.id,
      query: { limit: 1 },
    })
  ).body.segments[0];
  expect((await api(request, "GET", "/articles/{id}", 200, { token: tokens.translator!, id: demo.id })).body.id).toBe(
    demo.id,
  );

  const approve = await api(request, "POST", "/segments/{id}/approve", 403, {
    token: tokens.translator!,
    id: demoSegment.id,
    json: { version: demoSegment.version },
  });
  expect(approve.body.error.code).toBe("forbidden");
  expect(
    (
      await api(request, "POST", "/segments/{id}/reject", 403, {
        token: tokens.translator!,
        id: demoSegment.id,
        json: { version: demoSegment.version, comment: "No" },
      })
    ).body.error.code,
  ).toBe("forbidden");
  expect(
    (await api(request, "GET", "/articles/{id}/export", 403, { token: tokens.translator!, id: demo.id })).body.error
      .code,
  ).toBe("forbidden");
  const unchanged = (
    await api(request, "GET", "/articles/{id}/segments", 200, {
      token: tokens.translator!,
      id: demo.id,
      query: { limit: 1 },
    })
  ).body.segments[0];
  expect(unchanged).toEqual(demoSegment);
  // An editor may export an article assigned to them.
  expect(
    (
      await api(request, "GET", "/articles/{id}/export", 200, {
        token: tokens.editor!,
        id: demo.id,
        query: { format: "txt" },
      })
    ).body.length,
  ).toBeGreaterThan(100);

  // The admin's own import is assigned to no one: it doesn't exist for the editor.
  const adminSegment = (
    await api(request, "GET", "/articles/{id}/segments", 200, { token: tokens.admin!, id: xliffArticleId })
  ).body.segments[0];
  expect(
    (await api(request, "GET", "/articles/{id}", 404, { token: tokens.editor!, id: xliffArticleId })).body.error.code,
  ).toBe("articleNotFound");
  await api(request, "GET", "/articles/{id}/segments", 404, { token: tokens.editor!, id: xliffArticleId });
  await api(request, "GET", "/articles/{id}/export", 404, { token: tokens.editor!, id: xliffArticleId });
  await api(request, "PATCH", "/segments/{id}", 404, {
    token: tokens.editor!,
    id: adminSegment.id,
    json: { text: "Not mine to change.", version: adminSegment.version },
  });
  await api(request, "POST", "/segments/{id}/approve", 404, {
    token: tokens.editor!,
    id: adminSegment.id,
    json: { version: adminSegment.version },
  });
  const still = (
    await api(request, "GET", "/articles/{id}/segments", 200, { token: tokens.admin!, id: xliffArticleId })
  ).body.segments[0];
  expect(still).toEqual(adminSegment);
});

test("every documented operation was exercised successfully", async ({ request }) => {
  const doc = await documentOf(request);
  const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(documented.length).toBeGreaterThanOrEqual(9);
  expect(documented.filter((operation) => !exercised.has(operation))).toEqual([]);
});
