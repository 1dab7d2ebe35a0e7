import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, connect, type Server, type Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../pending-migrations";
import { openDatabase, type Database } from "../connect";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { checkReadiness } from "./check-readiness";

describe.each(TEST_DATABASES)("readiness on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("is ready when the database answers and every migration is applied", async () => {
    expect(await checkReadiness(async () => database.db)).toEqual({ ready: true });
  });

  it("names the migrations the database lacks", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "galley-ready-"));
    try {
      const applied = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory());
      for (const entry of applied) await mkdir(path.join(root, MIGRATIONS_DIR, entry.name), { recursive: true });
      await mkdir(path.join(root, MIGRATIONS_DIR, "29991231000000_from_the_future"), { recursive: true });
      const readiness = await checkReadiness(async () => database.db, { root });
      expect(readiness).toEqual({
        ready: false,
        reason: "migrations",
        detail: "1 migration(s) not applied: 29991231000000_from_the_future",
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

/** A TCP relay to the PostgreSQL server that can be cut and restored, as a server outage would. */
async function relayTo(
  port: number,
): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let listenPort = 0;
  const start = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(port, "127.0.0.1");
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(listenPort, "127.0.0.1", () => {
        const address = server?.address();
        if (address && typeof address === "object") listenPort = address.port;
        resolve();
      });
    });
  const cut = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  };
  await start();
  return { port: listenPort, cut, restore: start, close: cut };
}

describe("readiness across an outage of the PostgreSQL server", () => {
  it("answers not ready while the server is unreachable, and ready again once it is back, without reopening", async () => {
    const test = await openTestDatabase("postgres");
    const url = new URL((test.settings as { url: string }).url);
    const relay = await relayTo(Number(url.port || 5432));
    url.port = String(relay.port);
    const database = await openDatabase({ kind: "server", url: url.toString() });
    try {
      expect(await checkReadiness(async () => database.db)).toEqual({ ready: true });
      await relay.cut();
      const down = await checkReadiness(async () => database.db, { timeoutMs: 2_000 });
      expect(down).toMatchObject({ ready: false, reason: "database" });
      expect(down.ready === false && down.detail).not.toContain("127.0.0.1");
      await relay.restore();
      expect(await checkReadiness(async () => database.db)).toEqual({ ready: true });
    } finally {
      await database.close().catch(() => undefined);
      await relay.close();
      await test.close();
    }
  });
});
