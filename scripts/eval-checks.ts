/**
 * Scores the checks against the hand-labelled corpus in ../shared/corpus/dev (or
 * GALLEY_CORPUS_DIR), through the same code path as `galley check`.
 *
 *   npm run eval:checks                      whole corpus, and the split of the twelve new articles
 *   npm run eval:checks -- --verbose         also every miss and every false positive, per family and file
 *   npm run eval:checks -- --split=03,08-11  score these files apart (default: the twelve new dev articles)
 *   npm run eval:checks -- --target-lang=es  a corpus machine-translated into another language (GALLEY_CORPUS_DIR)
 * npm run eval:checks -- --write-before    record the current figures as the "before" beside which later
 * runs print theirs
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkArticleText, type LineFinding } from "../lib/checks/check-article-text";
import { CHECKS } from "../lib/checks/registry";
import {
  FAMILY_LABEL,
  type Figures,
  type ScoredFinding,
  type ScoredLabel,
  figuresOf,
  fileNumbers,
  isNumbered,
  parseLabels,
  precision,
  recall,
  scoreCorpus,
} from "./eval-score";

const SOURCE_LANG = "ca";
const DEFAULT_TARGET_LANG = "en";
/**
 * The dev articles added after the checks were written (see the corpus README): scored apart to measure
 * generalisation.
 */
const NEW_DEV_ARTICLES = "03,05,08-11,13-17,19";
const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const DEFAULT_CORPUS = resolve(ROOT, "../shared/corpus/dev");
const BEFORE_PATH = join(ROOT, "docs/eval-checks-before.json");

/** Figures measured on the checks as they were before the generalisation work, for comparison. */
interface Before {
  commit: string;
  measuredAt: string;
  split: string;
  whole: Figures;
  splitFigures: Figures;
}

interface Options {
  verbose: boolean;
  targetLang: string;
  writeBefore: boolean;
  split: string | undefined;
}

function parseArguments(argv: readonly string[]): Options | string {
  const options: Options = { verbose: false, targetLang: DEFAULT_TARGET_LANG, writeBefore: false, split: undefined };
  for (const argument of argv) {
    if (argument === "--verbose" || argument === "-v") options.verbose = true;
    else if (argument === "--write-before") options.writeBefore = true;
    else if (argument.startsWith("--split=")) options.split = argument.slice("--split=".length);
    else if (/^--target-lang=[a-z]{2,3}$/u.test(argument)) options.targetLang = argument.slice("--target-lang=".length);
    else
      return `Unknown option ${argument}. Options: --verbose, --split=03,05,08-11, --target-lang=es, --write-before.`;
  }
  return options;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const line = (row: string[]): string =>
    row
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ");
  const [header = [], ...body] = rows;
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(line)].join("\n");
}

function figuresTable(figures: Figures, before: Figures | undefined): string {
  const header = ["check", "label type", "findings", "hits", "precision", "labels", "found", "recall"];
  if (before) header.push("P before", "R before");
  const rows = [header];
  const row = (
    name: string,
    type: string,
    now: Figures["families"][string],
    then: Figures["families"][string] | undefined,
  ): string[] => {
    const cells = [
      name,
      type,
      String(now.findings),
      String(now.hits),
      precision(now),
      String(now.labels),
      String(now.found),
      recall(now),
    ];
    if (before) cells.push(then ? precision(then) : "—", then ? recall(then) : "—");
    return cells;
  };
  for (const check of CHECKS) {
    const now = figures.families[check.id];
    if (now) rows.push(row(check.id, FAMILY_LABEL[check.id] ?? "", now, before?.families[check.id]));
  }
  rows.push(row("overall", "", figures, before));
  return table(rows);
}

function describe(file: string, item: { line: number; start: number; end: number; text: string }): string {
  const text = item.text.length > 70 ? `${item.text.slice(0, 67)}...` : item.text;
  return `${file}:${item.line}:${item.start}-${item.end} "${text}"`;
}

function familyOfLabel(type: string): string {
  return Object.entries(FAMILY_LABEL).find(([, labelType]) => labelType === type)?.[0] ?? type;
}

/** Every miss and false positive, grouped by family and then by file. */
function printDetails(findings: readonly ScoredFinding[], labels: readonly ScoredLabel[]): void {
  const byFamily = new Map<string, Map<string, string[]>>();
  const add = (family: string, file: string, line: string): void => {
    const files = byFamily.get(family) ?? new Map<string, string[]>();
    byFamily.set(family, files);
    files.set(file, [...(files.get(file) ?? []), line]);
  };
  for (const { label } of labels.filter(({ found }) => !found)) {
    add(
      familyOfLabel(label.type),
      label.file,
      `missed          ${describe(label.file, label)}${label.note ? ` (${label.note})` : ""}`,
    );
  }
  for (const { file, finding, negative } of findings.filter(({ hit }) => !hit)) {
    add(
      finding.check,
      file,
      `false positive  ${describe(file, finding)}${negative ? ` (negative: ${negative.note ?? negative.text})` : ""}`,
    );
  }
  if (byFamily.size === 0) {
    console.log("  no misses and no false positives");
    return;
  }
  const order = CHECKS.map((check) => check.id);
  const families = [...byFamily.keys()].sort((left, right) => order.indexOf(left) - order.indexOf(right));
  for (const family of families) {
    console.log(`  ${family}`);
    const files = byFamily.get(family) ?? new Map<string, string[]>();
    for (const file of [...files.keys()].sort()) {
      console.log(`    ${file}`);
      for (const line of files.get(file) ?? []) console.log(`      ${line}`);
    }
  }
}

function readBefore(): Before | undefined {
  if (!existsSync(BEFORE_PATH)) return undefined;
  return JSON.parse(readFileSync(BEFORE_PATH, "utf8")) as Before;
}

function gitCommit(): string {
  const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  const changed = execFileSync("git", ["status", "--porcelain", "lib/checks", "lib/segmentation"], {
    cwd: ROOT,
    encoding: "utf8",
  }).trim();
  return changed ? `${commit} (with uncommitted changes to the checks)` : commit;
}

function main(): number {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === "string") {
    console.error(options);
    return 2;
  }
  const corpus = process.env.GALLEY_CORPUS_DIR ? resolve(process.env.GALLEY_CORPUS_DIR) : DEFAULT_CORPUS;
  if (!existsSync(corpus)) {
    console.log(`No corpus at ${corpus}: nothing to evaluate. Set GALLEY_CORPUS_DIR to point at one.`);
    return 0;
  }
  const isDevCorpus = corpus === DEFAULT_CORPUS;
  const splitList = options.split ?? (isDevCorpus ? NEW_DEV_ARTICLES : undefined);
  const splitNumbers = splitList === undefined ? undefined : fileNumbers(splitList);
  if (splitList !== undefined && !splitNumbers) {
    console.error(`--split takes file numbers and ranges, such as 03,05,08-11; got "${splitList}".`);
    return 2;
  }

  const labelsPath = join(corpus, "labels.jsonl");
  const labels = existsSync(labelsPath) ? parseLabels(readFileSync(labelsPath, "utf8")) : [];
  const negativesPath = join(corpus, "negatives.jsonl");
  const negatives = existsSync(negativesPath) ? parseLabels(readFileSync(negativesPath, "utf8")) : [];
  const files = readdirSync(corpus)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  const findingsByFile = new Map<string, LineFinding[]>();
  for (const file of files) {
    findingsByFile.set(
      file,
      checkArticleText(readFileSync(join(corpus, file), "utf8"), {
        sourceLang: SOURCE_LANG,
        targetLang: options.targetLang,
      }),
    );
  }
  const score = scoreCorpus(findingsByFile, labels, negatives);
  const ids = CHECKS.map((check) => check.id);
  const whole = figuresOf(score, ids);
  const inSplit = (file: string): boolean => splitNumbers !== undefined && isNumbered(file, splitNumbers);
  const split = splitNumbers ? figuresOf(score, ids, inSplit) : undefined;

  if (options.writeBefore) {
    if (!isDevCorpus || !split || splitList === undefined) {
      console.error(
        "--write-before records figures of the dev corpus and its split; run it without GALLEY_CORPUS_DIR.",
      );
      return 2;
    }
    const before: Before = {
      commit: gitCommit(),
      measuredAt: new Date().toISOString(),
      split: splitList,
      whole,
      splitFigures: split,
    };
    writeFileSync(BEFORE_PATH, `${JSON.stringify(before, null, 2)}\n`);
    console.log(`Recorded these figures as "before" in ${BEFORE_PATH}.\n`);
  }
  const before = isDevCorpus ? readBefore() : undefined;
  const splitBefore = before && before.split === splitList ? before.splitFigures : undefined;

  console.log(
    `Corpus: ${corpus} (${files.length} articles, ${score.labels.length} counted labels, ${negatives.length} negatives; source ${SOURCE_LANG}, target ${options.targetLang})`,
  );
  if (before)
    console.log(
      `"before": the checks at commit ${before.commit.slice(0, 12)}, measured ${before.measuredAt.slice(0, 10)}`,
    );
  console.log(`\nWhole corpus\n`);
  console.log(figuresTable(whole, before?.whole));
  if (split && splitList !== undefined) {
    const count = files.filter(inSplit).length;
    console.log(`\nSplit: files ${splitList} (${count} articles)\n`);
    console.log(figuresTable(split, splitBefore));
    if (splitBefore) {
      console.log(
        `\nSplit overall: precision ${precision(splitBefore)} → ${precision(split)}, recall ${recall(splitBefore)} → ${recall(split)} (before → now)`,
      );
    }
  }
  const falsePositives = score.findings.filter(({ hit }) => !hit).length;
  const misses = score.labels.filter(({ found }) => !found).length;
  if (options.verbose) {
    console.log(`\nMisses and false positives, per family and file\n`);
    printDetails(score.findings, score.labels);
  } else {
    console.log(
      `\n${misses} missed labels and ${falsePositives} false positives; --verbose lists them per family and file.`,
    );
  }
  return 0;
}

process.exitCode = main();
