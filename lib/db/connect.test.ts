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
      const backendPid = async () => (await database.db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]?.pid;
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
});
