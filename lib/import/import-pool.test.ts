import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { xliffArticle } from "../../bench/import.bench";
import { readArticleFile, type ArticleFile } from "./import-file";
import { closeImportPool, importPoolLimits, readArticleFileInPool, type ImportPoolLimits } from "./import-pool";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const article = readFileSync(new URL("./fixtures/article.md", import.meta.url), "utf8");
// Ordinary Markdown (1.2 MB) that passes the shape check but takes the parser seconds.
const slowMarkdown: ArticleFile = {
  bytes: new TextEncoder().encode(Array.from({ length: 600 }, () => article).join("\n\n")),
  fileName: "long.md",
  targetLang: "en",
};

const LIMITS: ImportPoolLimits = { threads: 1, queue: 1, timeLimitMs: 60_000, memoryMb: 256 };

afterAll(closeImportPool);

describe("readArticleFileInPool", () => {
  it("reads a file in a worker thread exactly as readArticleFile does in this one", async () => {
    const file: ArticleFile = { bytes: fixture("article-2-0.xlf"), fileName: "article-2-0.xlf" };
    expect(await readArticleFileInPool(file, LIMITS)).toEqual(readArticleFile(file));
  });

  it("passes a file's refusal through", async () => {
    expect(
      await readArticleFileInPool(
        { bytes: new TextEncoder().encode("*a_".repeat(10_000)), fileName: "a.md", targetLang: "en" },
        LIMITS,
      ),
    ).toEqual({
      ok: false,
      code: "markdownTooComplex",
      details: { line: 1 },
    });
  });

  it("refuses a file that takes longer than the time budget as too complex, and the pool goes on reading", async () => {
    // The slow file takes seconds here: a thirtieth of that stays far too little on any faster machine.
    const tight = { ...LIMITS, timeLimitMs: 300 };
    expect(await readArticleFileInPool(slowMarkdown, tight)).toEqual({
      ok: false,
      code: "fileTooComplex",
      details: { limit: "time", seconds: 0.3, megabytes: 256 },
    });
    const next = await readArticleFileInPool(
      { bytes: fixture("article.md"), fileName: "article.md", targetLang: "en" },
      LIMITS,
    );
    expect(next.ok && next.value.segments.length).toBe(17);
  });

  it("refuses a file that needs more memory than the budget as too complex", async () => {
    const bytes = new TextEncoder().encode(xliffArticle(20_000));
    const result = await readArticleFileInPool(
      { bytes, fileName: "big.xlf", maxBytes: bytes.length },
      { ...LIMITS, memoryMb: 24 },
    );
    expect(result).toEqual({
      ok: false,
      code: "fileTooComplex",
      details: { limit: "memory", seconds: 60, megabytes: 24 },
    });
  });

  it("refuses an import as busy when the thread and its queue are taken, instead of piling work up", async () => {
    const small: ArticleFile = { bytes: fixture("article.md"), fileName: "article.md", targetLang: "en" };
    const results = await Promise.all([small, small, small].map((file) => readArticleFileInPool(file, LIMITS)));
    expect(results.map((result) => (result.ok ? "ok" : result.code))).toEqual(["ok", "ok", "importBusy"]);
    expect(results[2]).toEqual({ ok: false, code: "importBusy", details: { retryAfter: 10 } });
  });
});

describe("importPoolLimits", () => {
  it("keeps a core for the server, and takes the budgets from the environment", () => {
    expect(importPoolLimits({}, 2)).toEqual({ threads: 1, queue: 4, timeLimitMs: 20_000, memoryMb: 256 });
    expect(importPoolLimits({}, 16)).toMatchObject({ threads: 4, queue: 16 });
    expect(importPoolLimits({}, 1)).toMatchObject({ threads: 1 });
    expect(importPoolLimits({ GALLEY_IMPORT_TIME_LIMIT: "2.5", GALLEY_IMPORT_MEMORY_MB: "128" }, 2)).toMatchObject({
      timeLimitMs: 2_500,
      memoryMb: 128,
    });
    expect(importPoolLimits({}, 2)).toMatchObject({ timeLimitMs: 20_000, memoryMb: 256 });
    expect(() => importPoolLimits({ GALLEY_IMPORT_TIME_LIMIT: "-1" }, 2)).toThrow(/GALLEY_IMPORT_TIME_LIMIT/u);
  });
});
