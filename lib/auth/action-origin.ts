export type OriginVerdict = "sameOrigin" | "crossOrigin" | "malformed";

/**
 * Whether a server action's `Origin` names the host the request was sent to, compared
 * exactly as Next.js compares them (host and port, either scheme), so that nothing let
 * through here is refused by Next, which answers a mismatch or an unparseable origin by
 * throwing: a 500. A missing Origin is left to Next, which allows it.
 */
export function actionOrigin(origin: string | null, host: string | null): OriginVerdict {
  if (origin === null) return "sameOrigin";
  // Browsers send "null" for sandboxed frames and other opaque origins: never Galley's pages.
  if (origin === "null") return "crossOrigin";
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return "malformed";
  }
  if (!parsed.host || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return "malformed";
  return parsed.host === host ? "sameOrigin" : "crossOrigin";
}
