import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "../lib/i18n/routing";
import { ERROR_CODES } from "../lib/result";
import { SEGMENT_KINDS, SEGMENT_STATUSES } from "../lib/segmentation/kinds";

type Messages = { [key: string]: string | Messages };

const dir = path.dirname(new URL(import.meta.url).pathname);
const files = readdirSync(dir).filter((file) => file.endsWith(".json"));
const catalogs = Object.fromEntries(files.map((file) => [path.basename(file, ".json"), JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Messages]));

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [prefix + key] : keys(value, `${prefix}${key}.`)));
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? "").sort();
}

describe("UI messages", () => {
  it("has one catalog per supported locale", () => {
    expect(Object.keys(catalogs).sort()).toEqual([...routing.locales].sort());
  });

  it.each(routing.locales.filter((locale) => locale !== "en"))("%s has exactly the keys of en", (locale) => {
    expect(keys(catalogs[locale] ?? {}).sort()).toEqual(keys(catalogs.en ?? {}).sort());
  });

  it.each(routing.locales.filter((locale) => locale !== "en"))("%s uses the same placeholders as en", (locale) => {
    const english = catalogs.en ?? {};
    const lookup = (messages: Messages, key: string) => key.split(".").reduce<string | Messages | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), messages);
    for (const key of keys(english)) {
      expect(placeholders(String(lookup(catalogs[locale] ?? {}, key))), `${locale}: ${key}`).toEqual(placeholders(String(lookup(english, key))));
    }
  });

  it("names every error code, segment kind and status", () => {
    const english = keys(catalogs.en ?? {});
    for (const code of ERROR_CODES) expect(english).toContain(`Errors.${code}`);
    for (const kind of SEGMENT_KINDS) expect(english).toContain(`Kinds.${kind}`);
    for (const status of SEGMENT_STATUSES) expect(english).toContain(`Statuses.${status}`);
  });
});
