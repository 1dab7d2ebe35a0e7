import { describe, expect, it } from "vitest";
import { readConfig } from "./config";

describe("readConfig", () => {
  it("gives the defaults when nothing is set", () => {
    expect(readConfig({})).toEqual({
      ok: true,
      warnings: [],
      config: {
        PORT: 3000,
        GALLEY_MAX_IMPORT_BYTES: 5 * 1024 * 1024,
        GALLEY_TRUSTED_PROXIES: 0,
        GALLEY_IMPORT_TIME_LIMIT: 20,
        GALLEY_IMPORT_MEMORY_MB: 256,
        GALLEY_LOG_FORMAT: "text",
        GALLEY_LOG_LEVEL: "info",
      },
    });
  });

  it("takes valid values, and an empty one as unset", () => {
    const result = readConfig({
      PORT: "8080",
      GALLEY_MAX_IMPORT_BYTES: " 1048576 ",
      GALLEY_TIME_ZONE: "Europe/Madrid",
      GALLEY_LOG_FORMAT: "json",
      GALLEY_HTTPS: "",
      DATABASE_URL: "postgresql://u@db:5432/galley",
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        PORT: 8080,
        GALLEY_MAX_IMPORT_BYTES: 1_048_576,
        GALLEY_TIME_ZONE: "Europe/Madrid",
        GALLEY_LOG_FORMAT: "json",
        DATABASE_URL: "postgresql://u@db:5432/galley",
      },
    });
    expect(result.ok && result.config.GALLEY_HTTPS).toBeUndefined();
  });

  it.each([
    [
      "GALLEY_MAX_IMPORT_BYTES",
      "abc",
      'GALLEY_MAX_IMPORT_BYTES="abc": must be a whole number (of bytes), from 1 to 1073741824',
    ],
    ["GALLEY_MAX_IMPORT_BYTES", "0", 'GALLEY_MAX_IMPORT_BYTES="0": must be at least 1'],
    ["PORT", "70000", 'PORT="70000": must be at most 65535'],
    ["PORT", "3000x", 'PORT="3000x": must be a whole number (a TCP port), from 1 to 65535'],
    ["GALLEY_TRUSTED_PROXIES", "-1", 'GALLEY_TRUSTED_PROXIES="-1": must be a whole number (of proxies), from 0 to 10'],
    [
      "GALLEY_TIME_ZONE",
      "Mars/Olympus",
      'GALLEY_TIME_ZONE="Mars/Olympus": must be an IANA time zone such as Europe/Madrid',
    ],
    ["GALLEY_LOG_FORMAT", "xml", 'GALLEY_LOG_FORMAT="xml": must be text or json'],
    ["GALLEY_HTTPS", "yes", 'GALLEY_HTTPS="yes": must be 1 (the session cookie is Secure) or 0'],
    ["DATABASE_URL", "mysql://x", 'DATABASE_URL="mysql://x": must be a postgres:// or postgresql:// URL'],
    ["GALLEY_IMPORT_TIME_LIMIT", "-1", 'GALLEY_IMPORT_TIME_LIMIT="-1": must be a number (of seconds), from 0.1 to 600'],
    [
      "GALLEY_IMPORT_MEMORY_MB",
      "lots",
      'GALLEY_IMPORT_MEMORY_MB="lots": must be a whole number (of megabytes), from 32 to 16384',
    ],
    ["GALLEY_DEMO_PASSWORD", "short", 'GALLEY_DEMO_PASSWORD="short": must be at least 8 characters'],
  ])("refuses %s=%j, saying why", (key, value, problem) => {
    expect(readConfig({ [key]: value })).toEqual({ ok: false, problems: [problem] });
  });

  it("lists every bad value at once", () => {
    const result = readConfig({ PORT: "x", GALLEY_LOG_LEVEL: "loud" });
    expect(result.ok ? [] : result.problems).toHaveLength(2);
  });

  it("warns about a GALLEY_ variable it does not know, such as a misspelling", () => {
    expect(readConfig({ GALLEY_MAX_IMPORT_BYTE: "10", GALLEY_TEST_DATABASE_URL: "postgres://x" })).toMatchObject({
      ok: true,
      warnings: ["GALLEY_MAX_IMPORT_BYTE is not a setting Galley knows, and is ignored"],
    });
  });
});
