import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEGMENT_KINDS } from "../segmentation/kinds";
import { MAX_SEGMENT_LENGTH } from "../segmentation/limits";
import { fixSchema } from "./fix-schema";
import { CHECKS } from "./registry";
import { MAX_FINDINGS_PER_ARTICLE, MAX_FINDINGS_PER_CHECK, runChecks } from "./run";
import type { CheckDefinition, CheckMatch, SegmentView } from "./types";

/**
 * Every check on random and adversarial text: findings stay bounded in number and size, and
 * the time per character of a long segment stays close to that of short ones (linear cost).
 */

// Pieces that the checks react to, so random strings reach their deeper branches.
const PIECES = [
  "(",
  ")",
  "[",
  "]",
  "“",
  "”",
  "«",
  "»",
  '"',
  "'",
  "’",
  ".",
  ",",
  "!",
  "?",
  ";",
  ":",
  "-",
  "—",
  " ",
  "  ",
  "\t",
  "the ",
  "The ",
  "either ",
  "o ",
  "de ",
  "homelandThe",
  "year.This",
  "U.S.",
  "3.5",
  "12/11/2025",
  "3 min",
  "a",
  "A",
  "Moscow",
  "There",
  "and",
  "Núria",
  "é",
  "😀",
  "http://x.y/z",
  "@who",
  "#tag",
  "1)",
  "5'11\"",
  "He said",
  "Mr.",
];
const piece = fc.constantFrom(...PIECES);
const hostileText = fc.oneof(
  fc.string({ unit: piece, maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc
    .tuple(piece, fc.integer({ min: 1, max: 400 }))
    .map(([unit, times]) => unit.repeat(times).slice(0, MAX_SEGMENT_LENGTH)),
);
const segmentView = fc
  .record({
    text: hostileText,
    kind: fc.constantFrom(...SEGMENT_KINDS),
    sourceText: fc.option(
      fc.oneof(
        hostileText,
        fc.string({ unit: fc.constantFrom("1", "2.5", "1.500", "3,5", " ", "x", "de", "o"), maxLength: 60 }),
      ),
    ),
    edges: fc.array(fc.nat({ max: 400 }), { maxLength: 40 }),
  })
  .map(({ edges, ...segment }) => ({
    ...segment,
    formattingEdges: [...new Set(edges.filter((at) => at <= segment.text.length))].sort((a, b) => a - b),
  }));
const article = fc.array(fc.tuple(segmentView, fc.boolean()), { minLength: 1, maxLength: 8 }).map((rows) => {
  let block = 0;
  const blocks = rows.map(([, newBlock], index) => (index > 0 && newBlock ? ++block : block));
  return { segments: rows.map(([segment]) => segment as SegmentView), blocks };
});

/** What a fix adds beyond its span: a sentence break or a pair of quotes, never the rest of the segment. */
const MAX_FIX_GROWTH = 8;

function assertBoundedFix(match: CheckMatch, segment: SegmentView): void {
  for (const fix of match.fixes) {
    expect(fixSchema.safeParse(fix).success).toBe(true);
    if (fix.type === "replace")
      expect(fix.text.length).toBeLessThanOrEqual(2 * (match.end - match.start) + MAX_FIX_GROWTH);
    if (fix.type === "insert") {
      expect(fix.text.length).toBeLessThanOrEqual(MAX_FIX_GROWTH);
      expect(fix.at).toBeLessThanOrEqual(segment.text.length);
    }
    if (fix.type === "split-dateline") expect(fix.at).toBeGreaterThan(0);
  }
}

describe("every check on hostile input", () => {
  it("returns bounded, in-bounds findings whose fixes carry only their span", () => {
    fc.assert(
      fc.property(article, ({ segments, blocks }) => {
        const results = runChecks(segments, { targetLang: "en", sourceLang: "ca", blocks });
        expect(results).toHaveLength(segments.length);
        results.forEach((matches, index) => {
          const segment = segments[index] as SegmentView;
          const perCheck = new Map<string, number>();
          for (const match of matches) {
            perCheck.set(match.check, (perCheck.get(match.check) ?? 0) + 1);
            assertBoundedFix(match, segment);
          }
          for (const count of perCheck.values()) expect(count).toBeLessThanOrEqual(MAX_FINDINGS_PER_CHECK);
        });
        expect(results.flat().length).toBeLessThanOrEqual(MAX_FINDINGS_PER_ARTICLE);
      }),
      { numRuns: 400 },
    );
  });

  it("stores at most the cap for a segment of the longest allowed bracket flood", () => {
    const flood = '"(['.repeat(MAX_SEGMENT_LENGTH / 3);
    const [matches = []] = runChecks([{ text: flood, kind: "paragraph" }], { targetLang: "en", blocks: [0] });
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_CHECK * CHECKS.length);
    const stored = matches.reduce(
      (size, match) => size + (match.end - match.start) + JSON.stringify(match.fixes).length,
      0,
    );
    expect(stored).toBeLessThan(MAX_FINDINGS_PER_CHECK * CHECKS.length * 64);
  });
});

// Shapes that made checks quadratic or worse in the past, or could: floods of one unit, some
// with a formatting edge at every seam, as a page with a link on every word would give.
const FLOOD_UNITS = [
  "(",
  ")",
  '"([',
  "“«(",
  "the ",
  "homelandThe ",
  "year.This ",
  "Aa",
  "a",
  "either X o Y ",
  " a  ",
  "The Lord Of The Rings ",
  "'a",
  "a-",
  "1.2,3 ",
  "MoscowThere ",
  "(]",
  "([“«]",
];
const SHORT = 600;
const LONG = 4_800;
const SHORT_COPIES = LONG / SHORT;
const REPEATS = 7;

function flood(unit: string, length: number): SegmentView[] {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const seam = unit.search(/\p{Ll}\p{Lu}/u) + 1;
  const formattingEdges =
    seam > 0
      ? Array.from({ length: Math.floor(length / unit.length) }, (_, copy) => copy * unit.length + seam)
      : undefined;
  return [{ text, kind: "paragraph", sourceText: null, formattingEdges }];
}

/** Runs the check with the segments in one block, or each in a block of its own. */
function run(check: CheckDefinition, segments: SegmentView[], oneBlock = true): void {
  runChecks(segments, {
    targetLang: "en",
    sourceLang: "ca",
    blocks: segments.map((_, index) => (oneBlock ? 0 : index)),
    checks: [check],
  });
}

/** The best of several runs: noise only ever adds time, so the minimum is the truest figure. */
function bestTime(work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < REPEATS; attempt++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("the cost of every check per character", () => {
  // Same characters either way: one long segment against eight short ones. Linear cost gives a
  // ratio near 1 and quadratic cost one near 8; 3 leaves room for noise on a busy machine.
  const MAX_RATIO = 3;
  // Below this much work, timer resolution rather than the check decides the ratio.
  const MIN_MEASURABLE_MS = 0.5;

  it.each(CHECKS.map((check) => [check.id, check] as const))("%s stays linear on floods", (_id, check) => {
    const slow: string[] = [];
    for (const unit of FLOOD_UNITS) {
      const long = flood(unit, LONG);
      const shorts = Array.from({ length: SHORT_COPIES }, () => flood(unit, SHORT));
      run(check, long);
      const longTime = bestTime(() => run(check, long));
      const shortTime = bestTime(() => shorts.forEach((segments) => run(check, segments)));
      const ratio = longTime / Math.max(shortTime, MIN_MEASURABLE_MS);
      if (ratio > MAX_RATIO)
        slow.push(
          `${JSON.stringify(unit)}: ${longTime.toFixed(2)} ms for ${LONG} characters against ${shortTime.toFixed(2)} ms in ${SHORT_COPIES} × ${SHORT}`,
        );
    }
    expect(slow).toEqual([]);
  });

  // A check may look at the whole block (a quotation runs over sentences): eight sentences in
  // one block must cost what they cost in eight blocks, not eight times that.
  it.each(CHECKS.map((check) => [check.id, check] as const))("%s stays linear across a block", (_id, check) => {
    const slow: string[] = [];
    for (const unit of FLOOD_UNITS) {
      const sentences = Array.from({ length: SHORT_COPIES }, () => flood(unit, SHORT)[0] as SegmentView);
      run(check, sentences);
      const blockTime = bestTime(() => run(check, sentences, true));
      const apartTime = bestTime(() => run(check, sentences, false));
      const ratio = blockTime / Math.max(apartTime, MIN_MEASURABLE_MS);
      if (ratio > MAX_RATIO)
        slow.push(
          `${JSON.stringify(unit)}: ${blockTime.toFixed(2)} ms in one block against ${apartTime.toFixed(2)} ms apart`,
        );
    }
    expect(slow).toEqual([]);
  });
});
