/**
 * Scores the checks against the hand-labelled corpus in ../shared/corpus/dev (or
 * GALLEY_CORPUS_DIR), through the same code path as `galley check`.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkArticleText, type LineFinding } from "../lib/checks/check-article-text";
import { CHECKS } from "../lib/checks/registry";

interface Label {
  file: string;
  line: number;
  start: number;
  end: number;
  text: string;
  type: string;
  note?: string;
}

interface ScoredFinding {
  file: string;
  finding: LineFinding;
  hit: boolean;
  negative?: Label;
}

const SOURCE_LANG = "ca";
const TARGET_LANG = "en";

/** The label type each check family answers for; the others have no labels of their own. */
const FAMILY_LABEL: Readonly<Record<string, string>> = {
  "fused-words": "fused_words",
  "missing-space": "missing_space_after_punct",
  "stray-fragment": "stray_fragment",
  "mistranslated-conjunction": "mistranslation_conjunction",
  "page-chrome": "page_chrome",
  "unquoted-title": "unquoted_title",
  untranslated: "untranslated",
  "repeated-word": "duplicated_word",
};
const COUNTED_TYPES = new Set(Object.values(FAMILY_LABEL));

function readLabels(path: string): Label[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label);
}

function overlaps(finding: LineFinding, label: Label): boolean {
  return finding.line === label.line && finding.start < label.end && label.start < finding.end;
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "—" : (part / whole).toFixed(2);
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const line = (row: string[]): string => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  const [header = [], ...body] = rows;
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(line)].join("\n");
}

function describe(file: string, item: { line: number; start: number; end: number; text: string }): string {
  return `${file}:${item.line}:${item.start}-${item.end} "${item.text.length > 70 ? `${item.text.slice(0, 67)}...` : item.text}"`;
}

function main(): void {
  const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
  const corpus = process.env.GALLEY_CORPUS_DIR ?? resolve(root, "../shared/corpus/dev");
  if (!existsSync(corpus)) {
    console.log(`No corpus at ${corpus}: nothing to evaluate. Set GALLEY_CORPUS_DIR to point at one.`);
    return;
  }
  const labels = readLabels(join(corpus, "labels.jsonl"));
  const negatives = readLabels(join(corpus, "negatives.jsonl"));
  const files = readdirSync(corpus).filter((name) => name.endsWith(".txt")).sort();

  const scored: ScoredFinding[] = [];
  for (const file of files) {
    const text = readFileSync(join(corpus, file), "utf8");
    for (const finding of checkArticleText(text, { sourceLang: SOURCE_LANG, targetLang: TARGET_LANG })) {
      const negative = negatives.find((label) => label.file === file && overlaps(finding, label));
      const hit = !negative && labels.some((label) => label.file === file && overlaps(finding, label));
      scored.push({ file, finding, hit, negative });
    }
  }
  const counted = labels.filter((label) => COUNTED_TYPES.has(label.type));
  const isFound = (label: Label): boolean => scored.some(({ file, finding }) => file === label.file && overlaps(finding, label));

  const rows = [["check", "label type", "findings", "hits", "precision", "labels", "found", "recall"]];
  for (const check of CHECKS) {
    const own = scored.filter(({ finding }) => finding.check === check.id);
    const type = FAMILY_LABEL[check.id];
    const typed = counted.filter((label) => label.type === type);
    const found = typed.filter(isFound).length;
    const hits = own.filter(({ hit }) => hit).length;
    rows.push([check.id, type ?? "", String(own.length), String(hits), ratio(hits, own.length), String(typed.length), String(found), ratio(found, typed.length)]);
  }
  const hits = scored.filter(({ hit }) => hit).length;
  const found = counted.filter(isFound).length;
  rows.push(["overall", "", String(scored.length), String(hits), ratio(hits, scored.length), String(counted.length), String(found), ratio(found, counted.length)]);

  console.log(`Corpus: ${corpus} (${files.length} articles, source ${SOURCE_LANG}, target ${TARGET_LANG})\n`);
  console.log(table(rows));
  console.log("\nFalse positives:");
  const falsePositives = scored.filter(({ hit }) => !hit);
  for (const { file, finding, negative } of falsePositives) {
    console.log(`  ${finding.check}: ${describe(file, finding)}${negative ? ` (negative: ${negative.note ?? negative.text})` : ""}`);
  }
  if (falsePositives.length === 0) console.log("  none");
  console.log("\nMissed labels:");
  const missed = counted.filter((label) => !isFound(label));
  for (const label of missed) console.log(`  ${label.type}: ${describe(label.file, label)}`);
  if (missed.length === 0) console.log("  none");
}

main();
