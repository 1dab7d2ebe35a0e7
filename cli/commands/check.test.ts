import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runGalley } from "../testing/run-galley";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = join(ROOT, "prisma/demo/seed-article.txt");
const JSON_KEYS = ["line", "start", "end", "text", "check", "category", "severity", "suggestions"];

const galley = (...argv: string[]) => runGalley(argv);

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "galley-check-")), name);
  writeFileSync(path, content);
  return path;
}

describe("galley check", () => {
  it("prints the findings as JSON, each placed exactly in its line", async () => {
    const { code, stdout, stderr } = await galley("check", SEED, "--source-lang", "ca", "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    const lines = readFileSync(SEED, "utf8").split("\n");
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) {
      expect(Object.keys(finding).slice(0, JSON_KEYS.length)).toEqual(JSON_KEYS);
      expect(lines[Number(finding.line) - 1]?.slice(Number(finding.start), Number(finding.end))).toBe(finding.text);
    }
    expect(findings).toContainEqual({
      line: 13,
      start: 244,
      end: 255,
      text: "homelandThe",
      check: "fused-words",
      category: "fluency",
      severity: "major",
      suggestions: ["homeland. The", "homeland The"],
    });
    expect(findings).toContainEqual(expect.objectContaining({ text: "MoscowThere", actions: ["split-dateline"] }));
    expect(findings).toContainEqual(
      expect.objectContaining({ text: "Russia", suggestions: [], actions: ["mark-chrome"] }),
    );
  });

  it("prints readable findings grouped by line without --json", async () => {
    const { code, stdout } = await galley("check", SEED);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^line 13$/mu);
    expect(stdout).toContain("“homeland” and “The” are joined without a space.");
  });

  it("exits 0 with an empty array when nothing is found", async () => {
    const path = tempFile("clean.txt", "A clean headline for a clean story\n\nNothing is wrong with this sentence.\n");
    expect(await galley("check", path, "--json")).toMatchObject({ code: 0, stdout: "[]\n" });
  });

  it.each([
    [["check", "/no/such/article.txt"], /no such file/u],
    [["check", SEED, "--source-lang", "xx"], /not a known language code/u],
    [["check", SEED, "--target-lang", "english"], /not a known language code/u],
    [["check", SEED, "--source-lang", "12"], /not a known language code/u],
    [["check"], /missing FILE/u],
    [["check", SEED, "--frobnicate"], /Unknown option/u],
  ])("exits 2 with a message for bad input: %j", async (argv, message) => {
    const { code, stderr } = await galley(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("refuses a binary file", async () => {
    const path = tempFile("image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    const { code, stderr } = await galley("check", path);
    expect(code).toBe(2);
    expect(stderr).toMatch(/binary/u);
  });

  it("runs through the npx launcher", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, "bin/galley.js"), "check", SEED, "--json"],
      { cwd: ROOT },
    );
    expect(JSON.parse(stdout)).toContainEqual(expect.objectContaining({ text: "UkraineMost", check: "fused-words" }));
  });
});
