/** The PostgreSQL server that tests use; they create and drop their own databases on it. */
export function serverAdminUrl(): string {
  return process.env.GALLEY_TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function serverUrlFor(database: string): string {
  const url = new URL(serverAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}
