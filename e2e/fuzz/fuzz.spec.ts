import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { createApiToken } from "../support/api-token";
import { serverRssBytes } from "../support/server-process";
import { FAMILY_COUNT, hostileCases, type HostileCase } from "./hostile-inputs";

/**
 * Hostile imports and edits against the running server, as one attacker with an admin's
 * token would send them, while another client keeps reading. Nothing may answer 5xx, the
 * server must survive, and every refused import must leave nothing behind. `npm test` runs a
 * slice covering every family four times; `npm run fuzz` runs GALLEY_FUZZ_CASES of them (1,200).
 */

const CASES = Number(process.env.GALLEY_FUZZ_CASES ?? 4 * FAMILY_COUNT);
const SEED = Number(process.env.GALLEY_FUZZ_SEED ?? 20261201);
const PORT = Number(process.env.E2E_PORT ?? 3100);

interface Answer {
  status: number;
  bytes: number;
  ms: number;
  body: string;
  /** A network error instead of an answer: a reset, a hang-up. */
  error?: string;
}

/** One request over plain node:http, so that a body can be streamed without a Content-Length. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
  chunked = false,
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const payload = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port: PORT,
        method,
        path,
        headers: { ...headers, ...(payload && !chunked ? { "content-length": String(payload.length) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const all = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            bytes: all.length,
            ms: performance.now() - started,
            body: all.subarray(0, 64 * 1024).toString("utf8"),
          });
        });
        response.on("error", (error) =>
          resolve({ status: 0, bytes: 0, ms: performance.now() - started, body: "", error: error.message }),
        );
      },
    );
    request.on("error", (error) =>
      resolve({ status: 0, bytes: 0, ms: performance.now() - started, body: "", error: error.message }),
    );
    request.setTimeout(60_000, () => request.destroy(new Error("no answer in 60 s")));
    if (payload && chunked) {
      for (let at = 0; at < payload.length; at += 64 * 1024) request.write(payload.subarray(at, at + 64 * 1024));
      request.end();
    } else request.end(payload);
  });
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

const RUN = Date.now().toString(36);

test("hostile imports and edits never take Galley down", async ({ page }) => {
  test.setTimeout(Math.max(300_000, CASES * 4_000));
  const token = await createApiToken(page, `fuzz ${RUN}`);
  const auth = { authorization: `Bearer ${token}` };
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: auth });
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };
  const listArticles = () => getJson<{ articles: { id: number }[] }>("/api/v1/articles");

  // An article of the fuzz's own to edit, so that the demo article other specs use stays clean.
  const own = await send(
    "POST",
    "/api/v1/articles?fileName=fuzz.txt&targetLang=en",
    { ...auth, "content-type": "text/plain" },
    "Fuzz\n\nA headline to edit\n\nA standfirst here.\n\nThe first paragraph. And a second sentence.\n",
  );
  expect(own.status, own.body).toBe(201);
  const articleId = (JSON.parse(own.body) as { id: number }).id;
  const { segments } = await getJson<{ segments: { id: number; version: number }[] }>(
    `/api/v1/articles/${articleId}/segments?kind=paragraph`,
  );
  const target = segments[0];
  if (!target) throw new Error("the fuzz article has a paragraph");
  let version = target.version;
  const before = (await listArticles()).articles.length;

  // Another client reads the whole time: its latency is what one attacker costs everyone else.
  const readLatencies: number[] = [];
  let reading = true;
  const reader = (async () => {
    while (reading) {
      const answer = await send("GET", `/api/v1/articles/${articleId}/segments?limit=50`, auth);
      readLatencies.push(answer.ms);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  const failures: string[] = [];
  const created: number[] = [];
  const byFamily = new Map<string, { count: number; statuses: Map<number, number>; slowest: number }>();
  const startRss = serverRssBytes(PORT) ?? 0;
  let peakRss = startRss;
  let peakFamily = "";
  const startedAt = performance.now();
  for (const hostile of hostileCases(CASES, SEED)) {
    const answer = await sendCase(hostile);
    const family = byFamily.get(hostile.family) ?? { count: 0, statuses: new Map<number, number>(), slowest: 0 };
    family.count++;
    family.statuses.set(answer.status, (family.statuses.get(answer.status) ?? 0) + 1);
    family.slowest = Math.max(family.slowest, answer.ms);
    byFamily.set(hostile.family, family);
    if (answer.error || answer.status >= 500)
      failures.push(`${hostile.family}: ${answer.error ?? answer.status} ${answer.body.slice(0, 200)}`);
    const rss = serverRssBytes(PORT) ?? 0;
    if (rss > peakRss) peakFamily = hostile.family;
    peakRss = Math.max(peakRss, rss);
  }
  const fuzzSeconds = (performance.now() - startedAt) / 1000;
  reading = false;
  await reader;

  async function sendCase(hostile: HostileCase): Promise<Answer> {
    if (hostile.kind === "import") {
      const query = new URLSearchParams({ fileName: hostile.fileName, ...hostile.query });
      const headers = { ...auth, "content-type": hostile.contentType ?? "application/octet-stream" };
      const answer = await send("POST", `/api/v1/articles?${query}`, headers, hostile.body, hostile.chunked);
      if (answer.status === 201) created.push(Number(/"id":(\d+)/u.exec(answer.body)?.[1]));
      return answer;
    }
    const answer = await send(
      "PATCH",
      `/api/v1/segments/${hostile.path ?? target?.id}`,
      { ...auth, "content-type": "application/json" },
      hostile.body(version),
    );
    const current = /"version":(\d+)/u.exec(answer.body)?.[1];
    if ((answer.status === 200 || answer.status === 409) && current) version = Number(current);
    return answer;
  }

  // The next person to open the edited article gets it, at a sane size.
  const opened = await page.goto(`/en/articles/${articleId}`);
  expect(opened?.status()).toBe(200);
  const listed = await send("GET", `/api/v1/articles/${articleId}/segments?limit=500`, auth);
  expect(listed.status).toBe(200);

  // No half-written article: each import either made a whole article or nothing at all.
  const after = (await listArticles()).articles;
  expect(after.length).toBe(before + created.length);
  for (const id of created) {
    const article = await send("GET", `/api/v1/articles/${id}/segments?limit=1`, auth);
    expect(article.status, `article ${id}`).toBe(200);
    expect(article.body).toContain('"id"');
  }

  const rows = [...byFamily].map(
    ([name, { count, statuses, slowest }]) =>
      `  ${name.padEnd(38)} ${String(count).padStart(4)}  ${[...statuses]
        .map(([status, n]) => `${status}×${n}`)
        .join(" ")
        .padEnd(28)} slowest ${(slowest / 1000).toFixed(1)} s`,
  );
  console.log(
    [
      `Fuzz: ${CASES} hostile cases (seed ${SEED}) in ${fuzzSeconds.toFixed(0)} s; ${created.length} imports accepted, ${failures.length} answers ≥ 500 or lost.`,
      ...rows,
      `Another client's GET meanwhile: ${readLatencies.length} requests, p50 ${percentile(readLatencies, 0.5).toFixed(0)} ms, p95 ${percentile(readLatencies, 0.95).toFixed(0)} ms, max ${Math.max(...readLatencies).toFixed(0)} ms.`,
      `Server RSS: ${(startRss / 2 ** 20).toFixed(0)} MiB at the start, peak ${(peakRss / 2 ** 20).toFixed(0)} MiB (after ${peakFamily || "none"}); segments of the edited article: ${(listed.bytes / 1024).toFixed(0)} KiB.`,
    ].join("\n"),
  );
  expect(failures).toEqual([]);
});
