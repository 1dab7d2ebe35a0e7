import { describe, expect, it } from "vitest";
import { actionOrigin } from "./action-origin";

describe("actionOrigin", () => {
  it.each([
    ["http://localhost:3000", "localhost:3000"],
    ["https://galley.example.org", "galley.example.org"],
    ["https://Galley.Example.org", "galley.example.org"],
    ["https://galley.example.org:443", "galley.example.org"],
  ])("takes %s for the host %s", (origin, host) => {
    expect(actionOrigin(origin, host)).toBe("sameOrigin");
  });

  it("leaves a request without an Origin to Next", () => {
    expect(actionOrigin(null, "localhost:3000")).toBe("sameOrigin");
  });

  it.each([
    ["https://evil.example", "galley.example.org"],
    ["https://galley.example.org.evil.example", "galley.example.org"],
    ["https://evil.example/galley.example.org", "galley.example.org"],
    ["http://localhost:3001", "localhost:3000"],
    ["null", "localhost:3000"],
    ["https://galley.example.org", null],
    // Next compares the two exactly, and would throw on this one.
    ["https://galley.example.org", "Galley.example.org"],
  ])("refuses %s for the host %s as another origin", (origin, host) => {
    expect(actionOrigin(origin, host)).toBe("crossOrigin");
  });

  it.each([
    "http://[bad",
    "not a url",
    "http://",
    "",
    " ",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "galley.example.org",
  ])("calls %j malformed", (origin) => {
    expect(actionOrigin(origin, "galley.example.org")).toBe("malformed");
  });
});
