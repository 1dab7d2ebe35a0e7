import { describe, expect, it } from "vitest";
import { main } from "./main";

async function galley(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe("galley", () => {
  it("lists its commands on --help", async () => {
    const { code, stdout } = await galley("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+check\s/mu);
  });

  it("exits 2 without a command or with an unknown one", async () => {
    expect(await galley()).toMatchObject({ code: 2, stderr: expect.stringContaining("Usage: galley") });
    expect(await galley("frobnicate")).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
  });

  it("passes the remaining arguments to the command", async () => {
    const { code, stdout } = await galley("check", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: galley check FILE");
  });
});
