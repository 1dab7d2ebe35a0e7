import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "./connect";
import { openTestDatabase } from "./testing/test-database";
import { serverAdminUrl } from "./testing/server-urls";

describe("a database on the PostgreSQL server", () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase("postgres");
  });

  afterAll(async () => {
    await database?.close();
  });

  it("outlives the server ending its idle connections, and reconnects on the next query", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const backendPid = async () =>
        (await database.db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]?.pid;
      const pid = await backendPid();
      expect(pid).toBeTypeOf("number");
      const admin = new pg.Client({ connectionString: serverAdminUrl() });
      await admin.connect();
      try {
        await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      } finally {
        await admin.end();
      }
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining("ended an idle connection")));

      expect(await backendPid()).not.toBe(pid);
    } finally {
      warn.mockRestore();
    }
  });

  it("listens again after the server ends the listening connection", async () => {
    const received: string[] = [];
    const stop = await database.listen("galley_test_channel", (payload) => received.push(payload));
    try {
      const name = (await database.db.$queryRaw<{ name: string }[]>`SELECT current_database()::text AS name`)[0]?.name;
      const admin = new pg.Client({ connectionString: serverAdminUrl() });
      await admin.connect();
      try {
        const ended = await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN%'",
          [name],
        );
        expect(ended.rowCount).toBe(1);
      } finally {
        await admin.end();
      }
      // Until the listener is back, a notification is lost; send one now and then until one arrives.
      await vi.waitFor(
        async () => {
          await database.db.$executeRaw`SELECT pg_notify('galley_test_channel', 'after')`;
          expect(received).toContain("after");
        },
        { timeout: 10_000, interval: 500 },
      );
    } finally {
      await stop();
    }
  });
});
