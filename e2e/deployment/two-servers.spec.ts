import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { serverAdminUrl, serverUrlFor } from "../../lib/db/testing/server-urls";
import { DEMO_TITLE, editSegment, reviewReady, segmentWith } from "../support/article-page";

// Two app servers on one PostgreSQL, as the README's deployment runs them: a live update
// made through one reaches a review screen served by the other, through LISTEN/NOTIFY alone.

const SEGMENT = "Russia has also sent Pyongyang food, raw materials, and weapons technology";
const PORTS = [Number(process.env.E2E_PORT ?? 3100) + 11, Number(process.env.E2E_PORT ?? 3100) + 12] as const;
const DATABASE = `galley_e2e_deploy_${randomBytes(5).toString("hex")}`;
const servers: ChildProcess[] = [];

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverAdminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Starts Galley as `npm start` does, on the shared database; resolves once it is ready. */
async function startServer(port: number): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: serverUrlFor(DATABASE), GALLEY_LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  servers.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server on ${port} exited:\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`)
      .then((response) => response.status)
      .catch(() => 0);
    if (ready === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server on ${port} was not ready in time:\n${output}`);
}

test.describe.configure({ mode: "serial", timeout: 300_000 });

test.beforeAll(async () => {
  await admin(`CREATE DATABASE ${DATABASE}`);
  // One after the other: the first migrates the empty database and imports the demo article.
  await startServer(PORTS[0]);
  await startServer(PORTS[1]);
});

test.afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await Promise.all(
    servers.map(
      (server) => new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve))),
    ),
  );
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
});

test("an edit through one app server reaches a review screen served by the other", async ({ browser }) => {
  const [first, second] = PORTS.map((port) => `http://localhost:${port}`) as [string, string];
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const setup = await context.newPage();
  await setup.goto(`${first}/en`);
  await expect(setup.getByRole("heading", { name: "Set up Galley" })).toBeVisible();
  await setup.getByLabel("Name").fill("Dana Deploy");
  await setup.getByLabel("Email").fill("dana@example.test");
  await setup.getByLabel("Password", { exact: true }).fill("a long enough password");
  await setup.getByLabel("Password again").fill("a long enough password");
  await setup.getByRole("button", { name: "Create the admin account" }).click();
  await setup.getByRole("link", { name: DEMO_TITLE }).click();
  await reviewReady(setup);
  const articlePath = new URL(setup.url()).pathname;

  // Cookies belong to the host, not the port, so the session works on both servers: it lives in the database.
  const watcher = await context.newPage();
  await watcher.goto(`${second}${articlePath}`);
  await reviewReady(watcher);

  const editor = await editSegment(segmentWith(setup, SEGMENT));
  await editor.fill("Russia also sent food and weapons technology, through the first server.");
  await editor.press("Control+Enter");
  await expect(segmentWith(watcher, SEGMENT).locator(".current-text")).toHaveText(
    "Russia also sent food and weapons technology, through the first server.",
  );
  for (const origin of [first, second]) expect((await fetch(`${origin}/api/ready`)).status).toBe(200);
});
