import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

const ORIGIN = "https://galley.example.org";

describe("safeNextPath", () => {
  it.each([
    ["/en/queue", "/en/queue"],
    ["/en/articles/12?status=new#segment-4", "/en/articles/12?status=new#segment-4"],
    ["/", "/"],
    ["/ca/profile", "/ca/profile"],
    // Same-origin, but written out in full: reduced to its path.
    [`${ORIGIN}/es/queue`, "/es/queue"],
    // Dot segments resolve inside Galley.
    ["/en/../es/queue", "/es/queue"],
    // An encoded slash is a character of a path segment, not a separator.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    // A browser drops the tab too, and the path stays on Galley.
    ["/\tevil.example/", "/evil.example/"],
  ])("keeps the same-origin path %j as %j", (next, expected) => {
    expect(safeNextPath(next, ORIGIN)).toBe(expected);
  });

  it.each([
    // The reported ones: browsers read a backslash as a slash, and drop tabs and line breaks.
    "/\\evil.example/",
    "/\t/evil.example/",
    "/\\\\evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example/",
    "\\/evil.example/",
    "\\\\evil.example",
    "//evil.example",
    "///evil.example",
    " //evil.example",
    "https://evil.example/en",
    "http://galley.example.org/en",
    "https://galley.example.org.evil.example/en",
    "https://user@evil.example/",
    "//galley.example.org@evil.example/",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    // These resolve to a path that itself starts with two slashes, a protocol-relative URL.
    "/.//evil.example",
    "/..//evil.example",
    "/en/../..//evil.example",
    "/%2e%2e//evil.example",
    "",
    "en/queue",
    "?next=/en",
    "#top",
    `/${"a".repeat(5000)}`,
  ])("refuses %j", (next) => {
    expect(safeNextPath(next, ORIGIN)).toBeNull();
  });

  it("refuses what is not one string", () => {
    for (const next of [undefined, null, 12, ["/en/queue", "//evil.example"], { path: "/en" }])
      expect(safeNextPath(next, ORIGIN)).toBeNull();
  });

  it("never returns anything a browser would take to another host", () => {
    // Whatever it keeps, resolved against Galley's origin, stays on Galley.
    const probes = ["/a", "/\\b", "/\t//c", "/./d", "/.//e", "/%5C%5Cf", "/ /g", "/\u3000/h", "/\u2028/i"];
    const kept = probes.map((next) => safeNextPath(next, ORIGIN)).filter((path) => path !== null);
    expect(kept).toEqual(["/a", "/d", "/%5C%5Cf", "/%20/g", "/%E3%80%80/h", "/%E2%80%A8/i"]);
    for (const path of kept) expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
  });
});
