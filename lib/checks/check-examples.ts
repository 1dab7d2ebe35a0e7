import { runChecks } from "./run";
import type { CheckDefinition, CheckExample, CheckMatch, ExampleBlock, SegmentView } from "./types";

interface ExampleArticle {
  segments: SegmentView[];
  blocks: number[];
  /** Index of the example's own segment. */
  target: number;
}

function blockSegment(block: ExampleBlock): SegmentView {
  return typeof block === "string" ? { text: block, kind: "paragraph" } : { text: block.text, kind: block.kind };
}

/** Lays an example out as a small article: blocks before, its own block, blocks after. */
function exampleArticle(example: CheckExample): ExampleArticle {
  const segments: SegmentView[] = [];
  const blocks: number[] = [];
  let block = 0;
  for (const before of example.blocksBefore ?? []) {
    segments.push(blockSegment(before));
    blocks.push(block++);
  }
  const kind = example.kind ?? "paragraph";
  for (const sentence of example.sentencesBefore ?? []) {
    segments.push({ text: sentence, kind });
    blocks.push(block);
  }
  const target = segments.length;
  segments.push({
    text: example.text,
    kind,
    sourceText: example.sourceText ?? null,
    formattingEdges: example.formattingEdges,
  });
  blocks.push(block);
  for (const sentence of example.sentencesAfter ?? []) {
    segments.push({ text: sentence, kind });
    blocks.push(block);
  }
  block++;
  for (const after of example.blocksAfter ?? []) {
    segments.push(blockSegment(after));
    blocks.push(block++);
  }
  return { segments, blocks, target };
}

/** Runs one check over an example the way the runner would, and returns the example segment's matches. */
export function runExample(check: CheckDefinition, example: CheckExample): CheckMatch[] {
  const { segments, blocks, target } = exampleArticle(example);
  const results = runChecks(segments, {
    blocks,
    sourceLang: example.sourceLang ?? null,
    targetLang: example.targetLang ?? "en",
    checks: [check],
  });
  return results[target] ?? [];
}

/** The text each match covers, for readable assertions. */
export function matchedTexts(example: CheckExample, matches: readonly CheckMatch[]): string[] {
  return matches.map((match) => example.text.slice(match.start, match.end));
}
