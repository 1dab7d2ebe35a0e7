import { readFileSync } from "node:fs";
import { expect, test, type APIResponse } from "@playwright/test";

// Headers every response carries, and server actions posted from elsewhere, tested with raw requests.

const FRAMING = {
  "content-security-policy": /frame-ancestors 'none'/,
  "x-frame-options": /^DENY$/,
  "referrer-policy": /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  "x-content-type-options": /^nosniff$/,
};

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(FRAMING)) expect(headers[name], `${what}: ${name}`).toMatch(value);
}

test("pages, API routes and exports send the security headers, and HSTS only behind https", async ({ request }) => {
  const responses: [string, APIResponse][] = [
    ["the signed-in home page", await request.get("/en")],
    ["the sign-in page", await request.get("/en/sign-in", { headers: { cookie: "" } })],
    ["a page that doesn't exist", await request.get("/en/no-such-page")],
    ["the OpenAPI document", await request.get("/api/v1/openapi.json")],
    ["an API call without a token", await request.get("/api/v1/articles")],
    ["a Markdown export", await request.get("/api/articles/1/export?format=md")],
  ];
  const page = await (await request.get("/en")).text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1];
  expect(script).toBeDefined();
  responses.push(["one of the app's scripts", await request.get(script!)]);
  for (const [what, response] of responses) {
    expect(response.status(), what).toBeLessThan(500);
    expectSecurityHeaders(response, what);
    expect(response.headers()["strict-transport-security"], `${what} over plain http`).toBeUndefined();
  }

  // An HTML export keeps its stricter sandboxing policy, and may not be framed either.
  const html = await request.get("/api/articles/1/export?format=html");
  expect(html.status()).toBe(200);
  expectSecurityHeaders(html, "an HTML export");
  expect(html.headers()["content-security-policy"]).toMatch(/(^|;\s*)sandbox(;|$)/);

  // Behind a proxy that ends TLS, the browser is told to stay on https.
  for (const path of ["/en", "/api/v1/openapi.json", "/api/articles/1/export?format=html"]) {
    const overHttps = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"], path).toMatch(/^max-age=\d{7,}/);
  }
});

// Any action's id does: the origin is checked before the action is looked up.
type Manifest = { node: Record<string, { exportedName?: string }> };
const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
const updateProfile = Object.entries(manifest.node).find(
  ([, value]) => value.exportedName === "updateProfileAction",
)![0];

test("a server action from another origin gets 403, a malformed Origin 400, and neither changes anything", async ({
  request,
  baseURL,
}) => {
  const post = (origin: string | null, name: string) =>
    request.post("/en/profile", {
      headers: {
        "next-action": updateProfile,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        ...(origin === null ? {} : { origin }),
      },
      data: JSON.stringify([{ name, locale: null }]),
    });
  const cases: [origin: string, status: number, code: string][] = [
    ["https://evil.example", 403, "forbidden"],
    ["http://localhost.evil.example:3202", 403, "forbidden"],
    [`${baseURL}@evil.example`, 403, "forbidden"],
    ["http://localhost:1", 403, "forbidden"],
    ["null", 403, "forbidden"],
    ["http://[bad", 400, "invalidInput"],
    ["not a url", 400, "invalidInput"],
    ["http://", 400, "invalidInput"],
    [`${baseURL}.evil.example`, 400, "invalidInput"],
  ];
  for (const [origin, status, code] of cases) {
    const response = await post(origin, "Renamed from elsewhere");
    expect(response.status(), origin).toBe(status);
    expect(await response.json(), origin).toMatchObject({ error: { code } });
    expectSecurityHeaders(response, `the refusal of ${origin}`);
  }
  const profile = await request.get("/en/profile");
  expect(await profile.text()).not.toContain("Renamed from elsewhere");

  // The app's own origin still works.
  const same = await post(baseURL!, "Ada Admin");
  expect(same.status()).toBe(200);
  expect(await same.text()).toContain('"ok":true');
});

test("a multipart form posted to a page from another origin, which Next would take for an action, gets 403 or 400", async ({
  request,
}) => {
  for (const [origin, status] of [
    ["https://evil.example", 403],
    ["not a url", 400],
  ] as const) {
    const response = await request.post("/en/profile", {
      headers: { origin },
      multipart: { name: "Renamed by a form" },
    });
    expect(response.status(), origin).toBe(status);
  }
});

test("behind a chain of proxies the first forwarded host counts, so the app's own actions still work", async ({
  request,
  baseURL,
}) => {
  const host = new URL(baseURL!).host;
  const response = await request.post("/en/profile", {
    headers: {
      "next-action": updateProfile,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseURL!,
      "x-forwarded-host": `${host}, internal-proxy.local`,
    },
    data: JSON.stringify([{ name: "Ada Admin", locale: null }]),
  });
  expect(response.status()).toBe(200);
});
