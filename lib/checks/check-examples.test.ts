import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { fixedText } from "./fix-text";
import { CHECKS } from "./registry";
import type { BadCheckExample, CheckDefinition } from "./types";

/** A check's own table of examples is its test: every bad one found with its best fix first, no good one flagged. */
describe.each(CHECKS.map((check) => [check.id, check] as const))("%s", (_id, check) => {
  it.each(check.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(check, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(check.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(check, example))).toEqual([]);
  });

  const textFixed = check.examples.bad.filter(
    (example): example is BadCheckExample & { fix: NonNullable<BadCheckExample["fix"]> } =>
      example.fix !== null && ["replace", "insert", "remove"].includes(example.fix.type),
  );
  // Checks whose fixes change structure (mark as chrome, split a dateline) have no text to re-check.
  if (textFixed.length > 0)
    it.each(textFixed)("its best fix for “$found” leaves nothing for it to find there", (example) => {
      const [match] = runExample(check, example);
      if (!match) throw new Error("the example is found (see above)");
      const fixed = fixedText(example.text, match, example.fix);
      expect(fixed).not.toBeNull();
      const again = runExample(check, { ...example, text: fixed ?? "", formattingEdges: undefined });
      expect(again.filter((found) => found.start <= match.start && match.start < found.end)).toEqual([]);
    });
});

/** Every check definition in lib/checks, found by reading the folder rather than trusting a list. */
async function definedChecks(): Promise<CheckDefinition[]> {
  const folder = fileURLToPath(new URL(".", import.meta.url));
  const files = readdirSync(folder).filter(
    (name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts"),
  );
  const modules = await Promise.all(
    files.map(
      (name) => import(/* @vite-ignore */ pathToFileURL(join(folder, name)).href) as Promise<Record<string, unknown>>,
    ),
  );
  return modules
    .flatMap((module) => Object.values(module))
    .filter(
      (value): value is CheckDefinition =>
        typeof value === "object" && value !== null && "detect" in value && "examples" in value && "id" in value,
    );
}

describe("the registry", () => {
  it("lists every check defined in lib/checks, each once, with a kebab-case id and its own message key", async () => {
    const defined = await definedChecks();
    expect(new Set(defined.map((check) => check.id))).toEqual(new Set(CHECKS.map((check) => check.id)));
    expect(new Set(CHECKS.map((check) => check.id)).size).toBe(CHECKS.length);
    expect(new Set(CHECKS.map((check) => check.messageKey)).size).toBe(CHECKS.length);
    for (const check of CHECKS) expect(check.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
  });
});
