import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateOf } from "../support/accounts";
import { createApiToken } from "../support/api-token";

// Hostile numbers and text sent straight to every REST endpoint and every server action
// that takes them, as a script would: each gets a 4xx with the right code, never a 500.

const INT_MAX = 2_147_483_647;
/** Numbers that fit no id, version or count of Galley's: over 2³¹−1, unsafe, negative, fractional. */
const HOSTILE_NUMBERS = [INT_MAX + 1, 2 ** 53, 1e300, -1, 1.5];
/** Text Galley cannot store: a NUL byte, a lone high and a lone low surrogate. */
const HOSTILE_TEXTS = ["before\u0000after", "before\ud800after", "\udfff"];

let token = "";
let articleId = 0;
let segment = { id: 0, version: 0 };

async function call(request: APIRequestContext, method: string, path: string, json?: unknown) {
  const response = await request.fetch(`/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(json === undefined ? {} : { "content-type": "application/json" }),
    },
    // JSON.stringify writes a lone surrogate as a \ud800 escape, which the server reads back as one.
    data: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return { status: response.status(), text, code };
}

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  const request = page.request;
  token = await createApiToken(page, `hostile ${Date.now().toString(36)}`);
  const created = await request.post("/api/v1/articles?fileName=hostile.txt&targetLang=en", {
    headers: { authorization: `Bearer ${token}`, "content-type": "text/plain" },
    data: "Hostile input\n\nA headline that stays as it is\n\nThis sentence must survive every attack.\n",
  });
  expect(created.status()).toBe(201);
  articleId = ((await created.json()) as { id: number }).id;
  const listed = await call(request, "GET", `/articles/${articleId}/segments`);
  const segments = (JSON.parse(listed.text) as { segments: { id: number; version: number; text: string }[] }).segments;
  const target = segments.find((each) => each.text.startsWith("This sentence"))!;
  segment = { id: target.id, version: target.version };
  await context.close();
});

test("the REST API answers hostile numbers with 400 invalidInput", async ({ request }) => {
  const cases: [method: string, path: (n: number) => string, json?: (n: number) => unknown][] = [
    ["GET", (n) => `/articles/${n}`],
    ["GET", (n) => `/articles/${n}/segments`],
    ["GET", (n) => `/articles/${n}/export?format=md`],
    ["GET", (n) => `/articles/${articleId}/segments?limit=${n}`],
    ["PATCH", (n) => `/segments/${n}`, () => ({ text: "Fine.", version: 1 })],
    ["PATCH", () => `/segments/${segment.id}`, (n) => ({ text: "Fine.", version: n })],
    ["POST", (n) => `/segments/${n}/approve`, () => ({ version: 1 })],
    ["POST", () => `/segments/${segment.id}/approve`, (n) => ({ version: n })],
    ["POST", () => `/segments/${segment.id}/reject`, (n) => ({ version: n, comment: "Why" })],
  ];
  for (const [method, path, json] of cases) {
    for (const n of HOSTILE_NUMBERS) {
      const answer = await call(request, method, path(n), json?.(n));
      expect(
        [answer.status, answer.code],
        `${method} ${path(n)} ${JSON.stringify(json?.(n))}: ${answer.text.slice(0, 300)}`,
      ).toEqual([400, "invalidInput"]);
    }
  }
  // Ids in the path are plain decimal digits, nothing Number() would also take.
  for (const id of ["99999999999999999999", "0x10", "1e3", "%201"]) {
    const answer = await call(request, "GET", `/articles/${id}`);
    expect([answer.status, answer.code], `/articles/${id}`).toEqual([400, "invalidInput"]);
  }
  // A cursor is opaque, but one forged to hold a huge position is refused like any bad cursor.
  for (const forged of [`${INT_MAX + 1}:1`, `1:${INT_MAX + 1}`, "99999999999:1"]) {
    const answer = await call(
      request,
      "GET",
      `/articles/${articleId}/segments?cursor=${Buffer.from(forged).toString("base64url")}`,
    );
    expect([answer.status, answer.code], forged).toEqual([400, "invalidInput"]);
  }
  // The app's own download and live-update routes take ids too.
  for (const path of [`/api/articles/${INT_MAX + 1}/export?format=md`, `/api/articles/${INT_MAX + 1}/events`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalidInput");
  }
});

test("the REST API answers NUL bytes and lone surrogates with 400 textMalformed, and stores nothing", async ({
  request,
}) => {
  const cases: [method: string, path: string, json: (text: string) => unknown][] = [
    ["PATCH", `/segments/${segment.id}`, (text) => ({ text, version: segment.version })],
    ["POST", `/segments/${segment.id}/approve`, (text) => ({ version: segment.version, overrideReason: text })],
    ["POST", `/segments/${segment.id}/reject`, (text) => ({ version: segment.version, comment: text })],
  ];
  for (const [method, path, json] of cases) {
    for (const text of HOSTILE_TEXTS) {
      const answer = await call(request, method, path, json(text));
      expect(
        [answer.status, answer.code],
        `${method} ${path} ${JSON.stringify(json(text))}: ${answer.text.slice(0, 300)}`,
      ).toEqual([400, "textMalformed"]);
      expect(JSON.parse(answer.text).error.message).toContain("NUL");
    }
  }
  const search = await call(request, "GET", `/articles/${articleId}/segments?q=a%00b`);
  expect([search.status, search.code]).toEqual([400, "textMalformed"]);
  const translated = await request.fetch(`/api/v1/segments/${segment.id}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "accept-language": "ca" },
    data: JSON.stringify({ text: "a\u0000b", version: segment.version }),
  });
  expect(((await translated.json()) as { error: { message: string } }).error.message).toContain("No s'ha desat res");

  const after = JSON.parse((await call(request, "GET", `/articles/${articleId}/segments`)).text) as {
    segments: { id: number; version: number; text: string; status: string }[];
  };
  expect(after.segments.find((each) => each.id === segment.id)).toMatchObject({
    version: segment.version,
    text: "This sentence must survive every attack.",
    status: "new",
  });
});

// Server actions are found by name in the build's manifest, and posted to a page that uses them.
type Manifest = { node: Record<string, { workers: Record<string, unknown>; exportedName?: string }> };
const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;

function action(name: string): { id: string; page: string } {
  const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === name);
  if (!entry) throw new Error(`no server action ${name} in the build`);
  const worker = Object.keys(entry[1].workers)[0]!;
  const page = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace("[locale]", "en")
    .replace(/\/\([^)]+\)/g, "")
    .replace("[id]", "1")
    .replace("[token]", "x");
  return { id: entry[0], page: page || "/en" };
}

async function callAction(
  request: APIRequestContext,
  name: string,
  input: unknown,
): Promise<{ status: number; text: string }> {
  const { id, page } = action(name);
  const response = await request.post(page, {
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    data: JSON.stringify([input]),
  });
  return { status: response.status(), text: await response.text() };
}

type Path = (string | number)[];
function withValue(base: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

// Every action's valid input, aimed at ids that exist nowhere, and which of its fields are numbers and text.
const NOWHERE = INT_MAX;
const ACTIONS: { name: string; base: Record<string, unknown>; numbers: Path[]; texts: Path[] }[] = [
  {
    name: "saveSegmentAction",
    base: { segmentId: NOWHERE, version: 1, text: "Fine." },
    numbers: [["segmentId"], ["version"]],
    texts: [["text"]],
  },
  {
    name: "approveSegmentAction",
    base: { segmentId: NOWHERE, version: 1, overrideReason: "Because." },
    numbers: [["segmentId"], ["version"]],
    texts: [["overrideReason"]],
  },
  {
    name: "rejectSegmentAction",
    base: { segmentId: NOWHERE, version: 1, comment: "Why." },
    numbers: [["segmentId"], ["version"]],
    texts: [["comment"]],
  },
  {
    name: "splitSegmentAction",
    base: { segmentId: NOWHERE, version: 1, at: 3 },
    numbers: [["segmentId"], ["version"], ["at"]],
    texts: [],
  },
  {
    name: "mergeSegmentAction",
    base: { segmentId: NOWHERE, version: 1, nextVersion: 1 },
    numbers: [["segmentId"], ["version"], ["nextVersion"]],
    texts: [],
  },
  {
    name: "toggleChromeAction",
    base: { segmentId: NOWHERE, version: 1 },
    numbers: [["segmentId"], ["version"]],
    texts: [],
  },
  {
    name: "applyFixAction",
    base: { findingId: NOWHERE, fixIndex: 0, version: 1 },
    numbers: [["findingId"], ["fixIndex"], ["version"]],
    texts: [],
  },
  {
    name: "dismissFindingAction",
    base: { findingId: NOWHERE, reason: "Fine as it is." },
    numbers: [["findingId"]],
    texts: [["reason"]],
  },
  { name: "listRevisionsAction", base: { segmentId: NOWHERE }, numbers: [["segmentId"]], texts: [] },
  {
    name: "restoreRevisionAction",
    base: { revisionId: NOWHERE, version: 1 },
    numbers: [["revisionId"], ["version"]],
    texts: [],
  },
  {
    name: "previewCheckFixesAction",
    base: { articleId: NOWHERE, check: "spacing" },
    numbers: [["articleId"]],
    texts: [["check"]],
  },
  {
    name: "applyCheckFixesAction",
    base: { articleId: NOWHERE, check: "spacing", confirmed: [{ segmentId: NOWHERE, version: 1 }] },
    numbers: [["articleId"], ["confirmed", 0, "segmentId"], ["confirmed", 0, "version"]],
    texts: [["check"]],
  },
  { name: "previewReadySegmentsAction", base: { articleId: NOWHERE }, numbers: [["articleId"]], texts: [] },
  {
    name: "approveReadySegmentsAction",
    base: { articleId: NOWHERE, confirmed: [{ segmentId: NOWHERE, version: 1 }] },
    numbers: [["articleId"], ["confirmed", 0, "segmentId"], ["confirmed", 0, "version"]],
    texts: [],
  },
  {
    name: "loadChangesAction",
    base: { articleId: NOWHERE, segmentIds: [NOWHERE], structural: false },
    numbers: [["articleId"], ["segmentIds", 0]],
    texts: [],
  },
  {
    name: "addCommentAction",
    base: { segmentId: NOWHERE, body: "A comment." },
    numbers: [["segmentId"]],
    texts: [["body"]],
  },
  { name: "resolveCommentAction", base: { commentId: NOWHERE }, numbers: [["commentId"]], texts: [] },
  { name: "listAssignmentsAction", base: { articleId: NOWHERE }, numbers: [["articleId"]], texts: [] },
  {
    name: "assignArticleAction",
    base: { articleId: NOWHERE, userIds: [NOWHERE] },
    numbers: [["articleId"], ["userIds", 0]],
    texts: [],
  },
  { name: "deleteArticleAction", base: { articleId: NOWHERE }, numbers: [["articleId"]], texts: [] },
  { name: "changeRoleAction", base: { userId: NOWHERE, role: "editor" }, numbers: [["userId"]], texts: [] },
  { name: "setUserActiveAction", base: { userId: NOWHERE, active: true }, numbers: [["userId"]], texts: [] },
  { name: "revokeApiTokenAction", base: { tokenId: NOWHERE }, numbers: [["tokenId"]], texts: [] },
  {
    name: "inviteUserAction",
    base: { email: "someone@example.test", name: "Someone", role: "translator" },
    numbers: [],
    texts: [["email"], ["name"]],
  },
  { name: "updateProfileAction", base: { name: "Ada Admin", locale: null }, numbers: [], texts: [["name"]] },
  // A wrong current password: should any of these get through, nothing changes.
  {
    name: "changePasswordAction",
    base: { current: "not the password", next: "a new password 123" },
    numbers: [],
    texts: [["current"], ["next"]],
  },
  { name: "createApiTokenAction", base: { name: "script" }, numbers: [], texts: [["name"]] },
  {
    name: "importTextAction",
    base: { text: "A headline\n\nA paragraph.", origin: "pasted", sourceLang: "", targetLang: "en" },
    numbers: [],
    texts: [["text"], ["origin"], ["sourceLang"], ["targetLang"]],
  },
  {
    name: "signInAction",
    base: { email: "nobody@example.test", password: "not the password" },
    numbers: [],
    texts: [["email"], ["password"]],
  },
  {
    name: "acceptInvitationAction",
    base: { token: "x".repeat(43), name: "Someone", password: "a new password 123" },
    numbers: [],
    texts: [["token"], ["name"], ["password"]],
  },
  {
    name: "createFirstAdminAction",
    base: { name: "Someone", email: "someone@example.test", password: "a new password 123" },
    numbers: [],
    texts: [["name"], ["email"], ["password"]],
  },
];

test("every server action answers hostile numbers with invalidInput and malformed text with textMalformed", async ({
  request,
}) => {
  const wrong: string[] = [];
  let calls = 0;
  for (const { name, base, numbers, texts } of ACTIONS) {
    const probes = [
      ...numbers.flatMap((path) => HOSTILE_NUMBERS.map((value) => ({ path, value, code: "invalidInput" }))),
      ...texts.flatMap((path) => HOSTILE_TEXTS.map((value) => ({ path, value, code: "textMalformed" }))),
    ];
    for (const { path, value, code } of probes) {
      const { status, text } = await callAction(request, name, withValue(base, path, value));
      calls++;
      if (status >= 500 || !text.includes(`"code":"${code}"`))
        wrong.push(
          `${name} ${path.join(".")}=${JSON.stringify(value)}: ${status} ${text.replace(/\s+/g, " ").slice(0, 160)}`,
        );
    }
  }
  expect(calls).toBeGreaterThan(150);
  expect(wrong).toEqual([]);
});

test("after all that, the article is as it was and the server still serves", async ({ request }) => {
  const after = JSON.parse((await call(request, "GET", `/articles/${articleId}/segments`)).text) as {
    segments: { id: number; version: number; text: string }[];
  };
  expect(after.segments.find((each) => each.id === segment.id)).toMatchObject({
    version: segment.version,
    text: "This sentence must survive every attack.",
  });
  expect((await request.get("/en")).status()).toBe(200);
});
