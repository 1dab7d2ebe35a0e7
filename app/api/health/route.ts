export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers requests. It never touches the database, so a database outage does not get
 * the server restarted.
 */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
