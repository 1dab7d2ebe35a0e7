// Longer than any page of Galley with its query; a longer `next` is someone's experiment.
const MAX_NEXT_LENGTH = 2000;

/**
 * Where to go after signing in, as a path on Galley itself, or null to go home. `next` is
 * parsed the way a browser would parse it (backslashes, tabs and line breaks included)
 * against Galley's own `origin`, and kept only if it stays there; what comes back is the
 * parsed path, so no spelling that a browser reads differently survives.
 */
export function safeNextPath(next: unknown, origin: string): string | null {
  if (typeof next !== "string" || next.length === 0 || next.length > MAX_NEXT_LENGTH) return null;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(next, base);
  } catch {
    return null;
  }
  if (target.origin !== base.origin || target.username || target.password) return null;
  // Only paths and full same-origin URLs: "en/queue" or "?x" would resolve against the sign-in page.
  if (!next.startsWith("/") && !next.toLowerCase().startsWith(`${base.origin.toLowerCase()}/`)) return null;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as another host.
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return null;
  return path;
}
