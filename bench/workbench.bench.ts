/**
 * The review screen at scale: time to interactive for a 2,000-segment article in
 * Chromium (against a 200-segment one in the same run), the time for a key press to
 * move the selection, and the time to apply one check's fix to 500 findings.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { importArticle } from "../lib/db/articles/import-article";
import { applyCheckFixes, planArticleCheckFixes } from "../lib/db/bulk/apply-check-fixes";
import { parsePlainText } from "../lib/import/plain-text";
import { embeddedBenchDatabase } from "./support/databases";

const PORT = 3190;
const PASSWORD = "bench-demo-password";
const RUNS = 3;
const SEED = readFileSync(new URL("../prisma/demo/seed-article.txt", import.meta.url), "utf8");

/** An article of about `segments` segments: the body of the reference article, repeated. */
function articleOf(segments: number): string {
  const body = SEED.split("\n").filter((line) => line.split(/(?<=\.) /u).length > 1 || line.length > 80);
  const lines = ["Section", "", `A long article of ${segments} segments`, ""];
  let count = 0;
  for (let index = 0; count < segments; index++) {
    const line = body[index % body.length] ?? "";
    lines.push(line, "");
    count += line.split(/(?<=[.!?]) /u).length;
  }
  return lines.join("\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not start at ${url}`);
}

export async function run(): Promise<void> {
  const database = embeddedBenchDatabase();
  const ids: Record<string, number> = {};
  try {
    const open = await database.open();
    try {
      const user = await open.db.user.create({ data: { name: "Bench", email: "bench@example.test", role: "admin" } });
      for (const size of [200, 2000]) {
        const draft = parsePlainText(articleOf(size), {
          origin: `bench-${size}.txt`,
          targetLang: "en",
          sourceLang: "ca",
        });
        ids[size] = (await importArticle(open.db, draft, { actorId: user.id })).id;
        console.log(`article of ${draft.segments.length} segments: #${ids[size]}`);
      }
      const fused = Array.from(
        { length: 500 },
        (_, index) => `Report ${index + 1}: the war in UkraineMost of them fought near Kursk.`,
      ).join("\n\n");
      const bulk = (
        await importArticle(
          open.db,
          parsePlainText(`Bulk\n\nFive hundred fused words\n\n${fused}`, { origin: "bulk.txt", targetLang: "en" }),
          { actorId: user.id },
        )
      ).id;
      const plans = await planArticleCheckFixes(open.db, { articleId: bulk, check: "fused-words" });
      const started = performance.now();
      const applied = await applyCheckFixes(
        open.db,
        { articleId: bulk, check: "fused-words", confirmed: plans },
        user.id,
      );
      const elapsed = performance.now() - started;
      if (!applied.ok) throw new Error(`bulk fix failed: ${applied.code}`);
      console.log(
        `bulk fix of ${applied.value.findings} findings in ${applied.value.segments} segments (PGlite, one transaction): ${elapsed.toFixed(0)} ms`,
      );
    } finally {
      await open.close();
    }

    const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, ...database.env, PORT: String(PORT), GALLEY_DEMO_PASSWORD: PASSWORD },
      stdio: "ignore",
      detached: true,
    });
    try {
      await waitForServer(`http://localhost:${PORT}/en`, 600_000);
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      });
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const signIn = await context.newPage();
        await signIn.goto(`http://localhost:${PORT}/en/sign-in`);
        await signIn.getByLabel("Email").fill("admin@galley.local");
        await signIn.getByLabel("Password").fill(PASSWORD);
        await signIn.getByRole("button", { name: "Sign in" }).click();
        await signIn.waitForURL((url) => !url.pathname.includes("sign-in"));
        await signIn.close();
        const results: Record<string, { ready: number; key: number }> = {};
        for (const size of [200, 2000]) {
          const ready: number[] = [];
          const key: number[] = [];
          for (let attempt = 0; attempt <= RUNS; attempt++) {
            const page = await context.newPage();
            const started = performance.now();
            await page.goto(`http://localhost:${PORT}/en/articles/${ids[size]}`);
            await page.locator("[data-ready=true]").waitFor({ timeout: 120_000 });
            const loaded = performance.now() - started;
            const pressed = performance.now();
            await page.keyboard.press("j");
            await page.locator("li[aria-current=true]:focus").waitFor();
            const moved = performance.now() - pressed;
            // The first load compiles and warms caches; it is not counted.
            if (attempt > 0) {
              ready.push(loaded);
              key.push(moved);
            }
            await page.close();
          }
          results[size] = { ready: median(ready), key: median(key) };
          console.log(
            `${size} segments: interactive after ${median(ready).toFixed(0)} ms, J moves the selection in ${median(key).toFixed(0)} ms (median of ${RUNS})`,
          );
        }
        const ratio = (results[2000]?.ready ?? 0) / (results[200]?.ready ?? 1);
        console.log(`time to interactive, 2000 / 200 segments: ${ratio.toFixed(1)}`);
      } finally {
        await browser.close();
      }
    } finally {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    await database.remove();
  }
}
