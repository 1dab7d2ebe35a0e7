import pg from "pg";
import { serverAdminUrl } from "./server-urls";

/** Runs one statement as the test server's admin: creating and dropping the tests' databases. */
export async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverAdminUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
