import { describe, expect, it } from "vitest";
import { main } from "./main";
import { runGalley } from "./testing/run-galley";

const galley = (...argv: string[]) => runGalley(argv);

describe("galley", () => {
  it("lists its commands on --help", async () => {
    const { code, stdout } = await galley("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+check\s/mu);
    expect(stdout).toMatch(/^\s+import\s+import an article file/mu);
    expect(stdout).toMatch(/^\s+export\s+write an article/mu);
  });

  it("exits 2 without a command or with an unknown one", async () => {
    expect(await galley()).toMatchObject({ code: 2, stderr: expect.stringContaining("Usage: galley") });
    expect(await galley("frobnicate")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
  });

  it("refuses to run with a setting it cannot read, naming it, before touching any database", async () => {
    let stderr = "";
    const io = { stdout: () => undefined, stderr: (text: string) => (stderr += text) };
    const context = {
      openDatabase: () => Promise.reject(new Error("must not be opened")),
      databaseSettings: () => ({ kind: "embedded", dataDir: "/nonexistent" }) as const,
    };
    const code = await main(["export", "1"], io, context, { GALLEY_MAX_IMPORT_BYTES: "abc" });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'galley: GALLEY_MAX_IMPORT_BYTES="abc": must be a whole number (of bytes), from 1 to 1073741824\n',
    );
  });

  it("passes the remaining arguments to the command", async () => {
    const { code, stdout } = await galley("check", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: galley check FILE");
    expect(await galley("import", "--help")).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("Usage: galley import FILE"),
    });
    expect(await galley("export", "--help")).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("Usage: galley export ID"),
    });
  });
});
