import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import caMessages from "../../messages/ca.json";
import enMessages from "../../messages/en.json";
import esMessages from "../../messages/es.json";
import { runExample } from "./check-examples";
import { CHECKS, findCheck } from "./registry";

const LOCALES = { en: enMessages.Checks, ca: caMessages.Checks, es: esMessages.Checks } as const;

function leaf(messages: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined),
      messages,
    );
}

describe("the check registry", () => {
  it("finds a check by id", () => {
    for (const check of CHECKS) expect(findCheck(check.id)).toBe(check);
    expect(findCheck("no-such-check")).toBeUndefined();
  });

  it.each(CHECKS)("$id has good and bad examples whose expected text is in the example", (check) => {
    expect(check.examples.bad.length).toBeGreaterThan(0);
    expect(check.examples.good.length).toBeGreaterThan(0);
    for (const example of check.examples.bad) expect(example.text).toContain(example.found);
  });

  it.each(CHECKS)("$id has a name, description and message in every locale", (check) => {
    for (const messages of Object.values(LOCALES)) {
      for (const field of ["name", "description", "message"]) {
        expect(leaf(messages, `${check.messageKey}.${field}`), `${check.messageKey}.${field}`).toEqual(
          expect.any(String),
        );
      }
    }
  });

  it("translates every check's message, not just copies the English", () => {
    for (const check of CHECKS) {
      const path = `${check.messageKey}.message`;
      expect(leaf(LOCALES.ca, path), path).not.toEqual(leaf(LOCALES.en, path));
      expect(leaf(LOCALES.es, path), path).not.toEqual(leaf(LOCALES.en, path));
    }
  });

  it.each(CHECKS)("$id gives its message every value it needs, in every locale", (check) => {
    for (const example of check.examples.bad) {
      const [match] = runExample(check, example);
      const values = match?.values ?? {};
      for (const locale of ["en", "ca", "es"] as const) {
        const messages = LOCALES[locale];
        const translate = createTranslator({ locale, messages: { Checks: messages }, namespace: "Checks" });
        const key = `${check.messageKey}.message` as Parameters<typeof translate>[0];
        const text = translate(key, values as Parameters<typeof translate>[1]);
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]|Checks\./u);
      }
    }
  });
});
