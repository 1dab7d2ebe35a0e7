/**
 * Scoring for `npm run eval:checks`: which findings overlap a label, which labels some
 * finding overlaps, and precision and recall per check family, as the corpus README defines them.
 */
import type { LineFinding } from "../lib/checks/check-article-text";

export interface Label {
  file: string;
  line: number;
  start: number;
  end: number;
  text: string;
  type: string;
  note?: string;
}

export interface ScoredFinding {
  file: string;
  finding: LineFinding;
  /** It overlaps a label of any type and no negative. */
  hit: boolean;
  negative?: Label;
}

export interface ScoredLabel {
  label: Label;
  found: boolean;
}

export interface CorpusScore {
  findings: ScoredFinding[];
  /** Labels of the counted types only. */
  labels: ScoredLabel[];
}

export interface FamilyFigures {
  findings: number;
  hits: number;
  labels: number;
  found: number;
}

export interface Figures extends FamilyFigures {
  /** Keyed by check id; a check with no label type has labels and found at 0. */
  families: Record<string, FamilyFigures>;
}

/** The label type each check family answers for; the other checks have no labels of their own. */
export const FAMILY_LABEL: Readonly<Record<string, string>> = {
  "fused-words": "fused_words",
  "missing-space": "missing_space_after_punct",
  "stray-fragment": "stray_fragment",
  "mistranslated-conjunction": "mistranslation_conjunction",
  "page-chrome": "page_chrome",
  "unquoted-title": "unquoted_title",
  untranslated: "untranslated",
  "repeated-word": "duplicated_word",
};

/** Label types that count for recall; the rest (caption, literal_mt, other) are neutral. */
export const COUNTED_TYPES: ReadonlySet<string> = new Set(Object.values(FAMILY_LABEL));

export function parseLabels(jsonl: string): Label[] {
  return jsonl
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label);
}

function overlaps(finding: Pick<LineFinding, "line" | "start" | "end">, label: Label): boolean {
  return finding.line === label.line && finding.start < label.end && label.start < finding.end;
}

/**
 * Scores every file's findings. A finding that overlaps a negative is a false positive even
 * when it also overlaps a label; a label is found when any finding of any check overlaps it.
 */
export function scoreCorpus(
  findingsByFile: ReadonlyMap<string, readonly LineFinding[]>,
  labels: readonly Label[],
  negatives: readonly Label[],
): CorpusScore {
  const findings: ScoredFinding[] = [];
  for (const [file, list] of findingsByFile) {
    const own = labels.filter((label) => label.file === file);
    const ownNegatives = negatives.filter((label) => label.file === file);
    for (const finding of list) {
      const negative = ownNegatives.find((label) => overlaps(finding, label));
      const hit = !negative && own.some((label) => overlaps(finding, label));
      findings.push(negative ? { file, finding, hit, negative } : { file, finding, hit });
    }
  }
  const scoredLabels = labels
    .filter((label) => COUNTED_TYPES.has(label.type) && findingsByFile.has(label.file))
    .map((label) => ({
      label,
      found: findings.some(({ file, finding }) => file === label.file && overlaps(finding, label)),
    }));
  return { findings, labels: scoredLabels };
}

/** Totals and per-family figures over the files `include` accepts. */
export function figuresOf(
  score: CorpusScore,
  checkIds: readonly string[],
  include: (file: string) => boolean = () => true,
): Figures {
  const findings = score.findings.filter(({ file }) => include(file));
  const labels = score.labels.filter(({ label }) => include(label.file));
  const families: Record<string, FamilyFigures> = {};
  for (const id of checkIds) {
    const own = findings.filter(({ finding }) => finding.check === id);
    const typed = labels.filter(({ label }) => label.type === FAMILY_LABEL[id]);
    families[id] = {
      findings: own.length,
      hits: own.filter(({ hit }) => hit).length,
      labels: typed.length,
      found: typed.filter(({ found }) => found).length,
    };
  }
  return {
    findings: findings.length,
    hits: findings.filter(({ hit }) => hit).length,
    labels: labels.length,
    found: labels.filter(({ found }) => found).length,
    families,
  };
}

/** "0.93", or "—" when there is nothing to divide. */
export function ratio(part: number, whole: number): string {
  return whole === 0 ? "—" : (part / whole).toFixed(2);
}

export function precision(figures: FamilyFigures): string {
  return ratio(figures.hits, figures.findings);
}

export function recall(figures: FamilyFigures): string {
  return ratio(figures.found, figures.labels);
}

/**
 * File names whose two-digit number is listed: "03,05,08-11" takes 03, 05, 08, 09, 10 and 11.
 * Returns undefined for a malformed list.
 */
export function fileNumbers(list: string): ReadonlySet<number> | undefined {
  const numbers = new Set<number>();
  for (const part of list.split(",")) {
    const range = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/u.exec(part);
    if (!range) return undefined;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from) return undefined;
    for (let number = from; number <= to; number++) numbers.add(number);
  }
  return numbers;
}

/** Whether a corpus file ("08-eu-catalan-no-vote.txt") carries one of the numbers. */
export function isNumbered(file: string, numbers: ReadonlySet<number>): boolean {
  const leading = /^(\d+)/u.exec(file)?.[1];
  return leading !== undefined && numbers.has(Number(leading));
}
