/**
 * Throughput of all checks over a synthetic corpus: the demo article plus the shared dev
 * corpus when it is there, repeated article by article up to the segment count.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { runChecks } from "../lib/checks/run";
import type { SegmentView } from "../lib/checks/types";
import { classifyBlocks } from "../lib/segmentation/classify-blocks";
import { segmentText } from "../lib/segmentation/segment-text";

interface Article {
  segments: SegmentView[];
  blocks: number[];
}

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SOURCE_LANG = "ca";
const WARM_UP_SEGMENTS = 200_000;
const RUNS_PER_SIZE = 7;
const TARGET_LANG = "en";

function articleTexts(): { texts: string[]; origin: string } {
  const texts = [readFileSync(join(ROOT, "prisma/demo/seed-article.txt"), "utf8")];
  const corpus = process.env.GALLEY_CORPUS_DIR ?? resolve(ROOT, "../shared/corpus/dev");
  if (!existsSync(corpus)) return { texts, origin: "demo article only" };
  for (const name of readdirSync(corpus)
    .filter((file) => file.endsWith(".txt"))
    .sort()) {
    texts.push(readFileSync(join(corpus, name), "utf8"));
  }
  return { texts, origin: `demo article + ${texts.length - 1} articles from ${corpus}` };
}

function toArticle(text: string): Article {
  const { pieces, blocks } = segmentText(text, TARGET_LANG);
  const kinds = classifyBlocks(blocks);
  return {
    segments: pieces.map((piece) => ({ text: piece.text, kind: kinds[piece.block] ?? "paragraph" })),
    blocks: pieces.map((piece) => piece.block),
  };
}

/** Fresh segment objects for every copy, so no per-article cache carries over. */
function corpusOf(templates: readonly Article[], size: number): Article[] {
  const articles: Article[] = [];
  let count = 0;
  for (let index = 0; count < size; index++) {
    const template = templates[index % templates.length];
    if (!template) break;
    const take = Math.min(template.segments.length, size - count);
    articles.push({
      segments: template.segments.slice(0, take).map((segment) => ({ ...segment })),
      blocks: template.blocks.slice(0, take),
    });
    count += take;
  }
  return articles;
}

setFlagsFromString("--expose-gc");
// Each timed run starts with a clean heap, so no run pays for the garbage of the one before.
const collectGarbage = runInNewContext("gc") as () => void;

function timeRun(articles: readonly Article[]): { ms: number; findings: number } {
  collectGarbage();
  let findings = 0;
  const started = performance.now();
  for (const { segments, blocks } of articles) {
    for (const matches of runChecks(segments, { sourceLang: SOURCE_LANG, targetLang: TARGET_LANG, blocks }))
      findings += matches.length;
  }
  return { ms: performance.now() - started, findings };
}

/**
 * The fastest of a few runs of each size, taken in turns so both sizes see the same JIT
 * state: on a shared machine a run only gets slower, when something else takes the core.
 */
function timeSizes(templates: readonly Article[], sizes: readonly number[]): { ms: number; findings: number }[] {
  const runs = sizes.map(() => [] as { ms: number; findings: number }[]);
  for (let round = 0; round < RUNS_PER_SIZE; round++) {
    sizes.forEach((size, index) => runs[index]?.push(timeRun(corpusOf(templates, size))));
  }
  return runs.map((sized) => ({ ms: Math.min(...sized.map((run) => run.ms)), findings: sized[0]?.findings ?? 0 }));
}

export async function run(): Promise<void> {
  const { texts, origin } = articleTexts();
  const templates = texts.map(toArticle);
  console.log(`corpus: ${origin}`);

  const loadStarted = performance.now();
  timeRun(corpusOf(templates, 1));
  console.log(`first run, dictionary load included: ${(performance.now() - loadStarted).toFixed(0)} ms`);
  // The JIT needs a long run before every check's code is optimised; steady state is what a server sees.
  timeRun(corpusOf(templates, WARM_UP_SEGMENTS));

  const [small = { ms: 0, findings: 0 }, large = { ms: 0, findings: 0 }] = timeSizes(templates, [10_000, 100_000]);
  const perSecond = 100_000 / (large.ms / 1000);
  console.log(`10,000 segments:  ${small.ms.toFixed(0)} ms (fastest of ${RUNS_PER_SIZE})`);
  console.log(`100,000 segments: ${large.ms.toFixed(0)} ms (fastest of ${RUNS_PER_SIZE}), ${large.findings} findings`);
  console.log(`throughput: ${Math.round(perSecond).toLocaleString("en")} segments/s (target 100,000)`);
  console.log(`time(100k) / time(10k): ${(large.ms / small.ms).toFixed(2)} (linear is 10)`);

  const [short = 0, long = 0] = timeSegmentLengths([SHORT_SEGMENT, LONG_SEGMENT]);
  console.log(
    `per character, ${LONG_SEGMENT.toLocaleString("en")}-character segments / ${SHORT_SEGMENT}-character ones: ${(long / short).toFixed(2)} (linear is 1)`,
  );
}

const SHORT_SEGMENT = 500;
const LONG_SEGMENT = 5_000;
const CHARACTERS_PER_RUN = 2_000_000;
// Made-up prose dense with what the checks look for: quotes and brackets glued to words, commas,
// clauses that repeat, sentence openers after articles, source-language words.
const DENSE_PROSE =
  'The council (in a long session)7 approved it before the summer"Nobody will be left out," she said, the council approved the plan in a session, ' +
  "carried out a In these meetings the preu del lloguer rose,the unions said “enough”The vote passed. ";

function segmentOf(length: number): SegmentView {
  return { text: DENSE_PROSE.repeat(Math.ceil(length / DENSE_PROSE.length)).slice(0, length), kind: "paragraph" };
}

/**
 * Time per character of one long segment against many short ones of the same total length,
 * fastest of a few runs each: a check that is not linear in a segment's length shows here.
 */
function timeSegmentLengths(lengths: readonly number[]): number[] {
  const runs = lengths.map(() => [] as number[]);
  for (let round = 0; round < RUNS_PER_SIZE; round++) {
    lengths.forEach((length, index) => {
      const count = Math.ceil(CHARACTERS_PER_RUN / length);
      const segments = Array.from({ length: count }, () => segmentOf(length));
      collectGarbage();
      const started = performance.now();
      // Each segment is a block of its own, as a long paragraph would be.
      runChecks(segments, {
        sourceLang: SOURCE_LANG,
        targetLang: TARGET_LANG,
        blocks: segments.map((_, block) => block),
      });
      runs[index]?.push((performance.now() - started) / (count * length));
    });
  }
  return runs.map((timings) => Math.min(...timings));
}
