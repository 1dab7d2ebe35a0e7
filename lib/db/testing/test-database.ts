import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { embeddedDatabase, openDatabase, type Database } from "../connect";
import { adminQuery } from "./admin-query";
import { serverUrlFor } from "./server-urls";

/** Every data-layer test runs against both: embedded PGlite and the PostgreSQL server. */
export const TEST_DATABASES = ["pglite", "postgres"] as const;
export type TestDatabaseKind = (typeof TEST_DATABASES)[number];

const TEMPLATE_IN_USE = "55006";

async function createFromTemplate(name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } catch (error) {
      // Two test files copying the template at the same moment collide; wait and retry.
      if ((error as { code?: string }).code !== TEMPLATE_IN_USE || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

/** A fresh, migrated database of the given kind, private to the caller; `close` destroys it. */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<Database> {
  if (!inject("pgliteSnapshot") || !inject("postgresTemplate"))
    throw new Error("A test that opens a database runs in the db project: name its file *.db.test.ts.");
  if (kind === "pglite") {
    const snapshot = await readFile(inject("pgliteSnapshot"));
    const pglite = await PGlite.create({ loadDataDir: new Blob([snapshot]) });
    return embeddedDatabase(pglite, { kind: "embedded", dataDir: ":memory:" });
  }
  const name = `galley_test_${randomBytes(6).toString("hex")}`;
  await createFromTemplate(name, inject("postgresTemplate"));
  const url = serverUrlFor(name);
  const database = await openDatabase({ kind: "server", url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
