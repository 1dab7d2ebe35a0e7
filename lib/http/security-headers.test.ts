import { describe, expect, it } from "vitest";
import { securityHeaders, servedOverHttps } from "./security-headers";

describe("securityHeaders", () => {
  it("forbids framing, sniffing and cross-site referrers on pages and API routes alike", () => {
    for (const path of ["/en", "/en/articles/3", "/api/v1/articles", "/api/v1/openapi.json", "/icon.svg"]) {
      expect(securityHeaders(path, false)).toEqual({
        "content-security-policy": "frame-ancestors 'none'",
        "x-frame-options": "DENY",
        "referrer-policy": "same-origin",
        "x-content-type-options": "nosniff",
      });
    }
  });

  it("sandboxes the exports of the app and of the API, and forbids framing them too", () => {
    for (const path of ["/api/articles/3/export", "/api/v1/articles/3/export"]) {
      expect(securityHeaders(path, false)["content-security-policy"]).toBe("sandbox; frame-ancestors 'none'");
    }
    expect(securityHeaders("/api/articles/3/exports", false)["content-security-policy"]).toBe("frame-ancestors 'none'");
  });

  it("adds HSTS only over https", () => {
    expect(securityHeaders("/en", false)).not.toHaveProperty("strict-transport-security");
    expect(securityHeaders("/en", true)["strict-transport-security"]).toBe("max-age=31536000");
  });
});

describe("servedOverHttps", () => {
  it.each([
    [{ protocol: "https:", forwardedProto: null }, {}, true],
    [{ protocol: "http:", forwardedProto: "https" }, {}, true],
    [{ protocol: "http:", forwardedProto: "HTTPS, http" }, {}, true],
    [{ protocol: "http:", forwardedProto: null }, { GALLEY_HTTPS: "1" }, true],
    [{ protocol: "http:", forwardedProto: null }, {}, false],
    [{ protocol: "http:", forwardedProto: "http, https" }, {}, false],
    [{ protocol: "http:", forwardedProto: null }, { GALLEY_HTTPS: "0" }, false],
  ])("%j with %j is %s", (request, env, expected) => {
    expect(servedOverHttps(request, env)).toBe(expected);
  });
});
