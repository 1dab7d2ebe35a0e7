/**
 * Headers every response of Galley's carries, set in one place (proxy.ts). No page of
 * Galley's is ever meant to be framed (clickjacking), and no address of it is anyone
 * else's business. Next.js keeps these over a route's own headers of the same name, so a
 * download's sandboxing policy is set here too.
 */
const FRAMING_POLICY = "frame-ancestors 'none'";
// An exported article (HTML above all) is a file to save, never a page of this site.
const DOWNLOAD_POLICY = `sandbox; ${FRAMING_POLICY}`;
// A year, the usual value; no includeSubDomains, since the host's siblings aren't Galley's.
const HSTS = "max-age=31536000";

/** The export routes of the app and of the API. */
const DOWNLOADS = /^\/api\/(?:v1\/)?articles\/[^/]+\/export\/?$/;

/**
 * Whether the browser reached Galley over https: directly, through a proxy that says so, or as GALLEY_HTTPS=1
 * declares.
 */
export function servedOverHttps(
  request: { protocol: string; forwardedProto: string | null },
  env: Record<string, string | undefined> = process.env,
): boolean {
  return (
    request.protocol === "https:" ||
    request.forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https" ||
    env.GALLEY_HTTPS === "1"
  );
}

/** The security headers for a response to `pathname`; HSTS only over https, where a browser heeds it. */
export function securityHeaders(pathname: string, https: boolean): Record<string, string> {
  return {
    "content-security-policy": DOWNLOADS.test(pathname) ? DOWNLOAD_POLICY : FRAMING_POLICY,
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    ...(https ? { "strict-transport-security": HSTS } : {}),
  };
}
