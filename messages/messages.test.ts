import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  isPluralElement,
  isSelectElement,
  isTagElement,
  parse,
  TYPE,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { routing } from "../lib/i18n/routing";
import { ERROR_CODES } from "../lib/result";
import { SEGMENT_KINDS, SEGMENT_STATUSES } from "../lib/segmentation/kinds";

type Messages = { [key: string]: string | Messages };

const dir = path.dirname(new URL(import.meta.url).pathname);
const files = readdirSync(dir).filter((file) => file.endsWith(".json"));
const catalogs = Object.fromEntries(
  files.map((file) => [
    path.basename(file, ".json"),
    JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Messages,
  ]),
);
const english = catalogs.en ?? {};

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : keys(value, `${prefix}${key}.`),
  );
}

function lookup(messages: Messages, key: string): string | undefined {
  const value = key
    .split(".")
    .reduce<string | Messages | undefined>(
      (node, part) => (typeof node === "object" ? node[part] : undefined),
      messages,
    );
  return typeof value === "string" ? value : undefined;
}

/** The arguments and tags an ICU message uses, inside plural and select arms too. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(isTagElement(element) ? `<${element.value}>` : element.value);
    if (isTagElement(element)) argumentsOf(element.children, found);
    if (isPluralElement(element) || isSelectElement(element))
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
  }
  return found;
}

const argumentsIn = (message: string) => [...argumentsOf(parse(message))].sort();

describe("UI messages", () => {
  it("has one catalog per supported locale", () => {
    expect(Object.keys(catalogs).sort()).toEqual([...routing.locales].sort());
  });

  it.each(routing.locales.filter((locale) => locale !== "en"))("%s has exactly the keys of en", (locale) => {
    expect(keys(catalogs[locale] ?? {}).sort()).toEqual(keys(english).sort());
  });

  it.each(routing.locales)("every %s message is valid ICU", (locale) => {
    for (const key of keys(catalogs[locale] ?? {}))
      expect(() => parse(lookup(catalogs[locale] ?? {}, key) ?? ""), `${locale}: ${key}`).not.toThrow();
  });

  it.each(routing.locales.filter((locale) => locale !== "en"))(
    "%s uses the same arguments and tags as en",
    (locale) => {
      for (const key of keys(english)) {
        expect(argumentsIn(lookup(catalogs[locale] ?? {}, key) ?? ""), `${locale}: ${key}`).toEqual(
          argumentsIn(lookup(english, key) ?? ""),
        );
      }
    },
  );

  it("names every error code, segment kind and status", () => {
    const all = keys(english);
    for (const code of ERROR_CODES) expect(all).toContain(`Errors.${code}`);
    for (const kind of SEGMENT_KINDS) expect(all).toContain(`Kinds.${kind}`);
    for (const status of SEGMENT_STATUSES) expect(all).toContain(`Statuses.${status}`);
  });
});
