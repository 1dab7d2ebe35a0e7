import { getDb } from "@/lib/db/client";
import { checkReadiness } from "@/lib/db/health/check-readiness";

export const dynamic = "force-dynamic";

/** Readiness for a load balancer: 200 when the database answers and is fully migrated, else 503 and why. */
export async function GET() {
  const readiness = await checkReadiness(getDb);
  const body = readiness.ready
    ? { status: "ready" }
    : { status: "unavailable", reason: readiness.reason, detail: readiness.detail };
  return Response.json(body, { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
