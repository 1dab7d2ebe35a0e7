import { readFile, stat } from "node:fs/promises";
import { createTranslator } from "next-intl";
import { checkArticleText, type LineFinding } from "../../lib/checks/check-article-text";
import type { Fix } from "../../lib/checks/types";
import messages from "../../messages/en.json";
import { defineCommand, type Command } from "../command";
import { InputError } from "../input-error";
import { canonicalLanguageTag } from "../../lib/i18n/language-tag";

const USAGE = `Usage: galley check FILE [--source-lang xx] [--target-lang en] [--json]

Reads a plain-text article and lists what the checks find in it.

Options:
  --source-lang xx   language of the original, enabling source-aware checks
  --target-lang xx   language of FILE (default: en)
  --json             print a JSON array, one object per finding
  -h, --help         show this help
`;

const OPTIONS = {
  "source-lang": { type: "string" },
  "target-lang": { type: "string", default: "en" },
  json: { type: "boolean", default: false },
} as const;

// A text file has no NUL bytes; a NUL in the first block is the usual sign of a binary file.
const BINARY_SNIFF_BYTES = 8000;

/** A BCP 47 tag whose language subtag Intl knows ("ca", "en-GB"), canonicalised. */
function parseLanguage(value: string, option: string): string {
  const tag = canonicalLanguageTag(value);
  if (!tag) throw new InputError(`--${option}: "${value}" is not a known language code (try e.g. "en", "ca", "es")`);
  return tag;
}

async function readArticle(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new InputError(`no such file: ${path}`, false);
  if (!info.isFile()) throw new InputError(`not a file: ${path}`, false);
  const bytes = await readFile(path);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
    throw new InputError(`${path} looks like a binary file, not plain text`, false);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path} is not valid UTF-8 text`, false);
  }
}

/** The JSON contract other tools read: keys in this order, `actions` only for structural fixes. */
function toJson(finding: LineFinding): Record<string, unknown> {
  const { line, start, end, text, check, category, severity, fixes } = finding;
  const suggestions = fixes.flatMap((fix) => (fix.type === "replace" ? [fix.text] : []));
  const insertions = fixes.flatMap((fix) => (fix.type === "insert" ? [{ at: fix.at, text: fix.text }] : []));
  const actions = fixes.flatMap((fix) => (fix.type === "replace" || fix.type === "insert" ? [] : [fix.type]));
  return {
    line,
    start,
    end,
    text,
    check,
    category,
    severity,
    suggestions,
    ...(insertions.length > 0 ? { insertions } : {}),
    ...(actions.length > 0 ? { actions } : {}),
  };
}

const translate = createTranslator({ locale: "en", messages, namespace: "Checks" });
type MessageKey = Parameters<typeof translate>[0];
type MessageValues = Parameters<typeof translate>[1];

/** Looks a key up by its runtime name; the registry test keeps every check's key present. */
function message(key: string, values?: Record<string, string | number>): string {
  return translate(key as MessageKey, values as MessageValues);
}

const ACTION_KEYS: Readonly<Record<Exclude<Fix["type"], "replace" | "insert">, string>> = {
  "split-dateline": "actions.splitDateline",
  remove: "actions.remove",
  "mark-chrome": "actions.markChrome",
};

function describeFinding(finding: LineFinding): string {
  const fixes = finding.fixes.map((fix) => {
    if (fix.type === "replace") return message("actions.replace", { text: fix.text });
    if (fix.type === "insert") return message("actions.insert", { text: fix.text, at: fix.at });
    return message(ACTION_KEYS[fix.type]);
  });
  return [
    `  ${`${finding.start}-${finding.end}`.padEnd(9)} ${finding.check} (${finding.severity}, ${finding.category}): “${finding.text}”`,
    `            ${message(`${finding.messageKey}.message`, finding.values)}`,
    ...(fixes.length > 0 ? [`            ${fixes.join(" · ")}`] : []),
  ].join("\n");
}

function formatReadable(path: string, findings: readonly LineFinding[]): string {
  if (findings.length === 0) return `${path}: no findings\n`;
  const out = [`${path}: ${findings.length} finding${findings.length === 1 ? "" : "s"}`];
  let line = 0;
  for (const finding of findings) {
    if (finding.line !== line) {
      line = finding.line;
      out.push("", `line ${line}`);
    }
    out.push(describeFinding(finding));
  }
  return `${out.join("\n")}\n`;
}

export const checkCommand: Command = defineCommand({
  name: "check",
  summary: "find machine-translation artifacts in a plain-text article",
  usage: USAGE,
  options: OPTIONS,
  positional: "FILE",
  async run(path, values, io) {
    const sourceLang = values["source-lang"] === undefined ? null : parseLanguage(values["source-lang"], "source-lang");
    const targetLang = parseLanguage(values["target-lang"], "target-lang");
    const text = await readArticle(path);
    const findings = checkArticleText(text, { sourceLang, targetLang });
    io.stdout(values.json ? `${JSON.stringify(findings.map(toJson))}\n` : formatReadable(path, findings));
  },
});
