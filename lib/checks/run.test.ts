import { describe, expect, it } from "vitest";
import { MAX_FINDINGS_PER_ARTICLE, MAX_FINDINGS_PER_CHECK, runChecks, runChecksCapped } from "./run";
import type { CheckContext, CheckDefinition, SegmentView } from "./types";

function recordingCheck(contexts: CheckContext[]): CheckDefinition {
  return {
    id: "recording",
    category: "style",
    severity: "minor",
    messageKey: "recording",
    examples: { bad: [], good: [] },
    detect(segment, context) {
      contexts.push(context);
      return [];
    },
  };
}

const paragraph = (text: string): SegmentView => ({ text, kind: "paragraph" });

/** A check that marks each of the first `count` characters of a segment. */
function floodCheck(count: number): CheckDefinition {
  return {
    id: "flood",
    category: "style",
    severity: "minor",
    messageKey: "flood",
    examples: { bad: [], good: [] },
    detect: (segment) =>
      Array.from({ length: Math.min(count, segment.text.length) }, (_, index) => ({
        check: "flood",
        start: index,
        end: index + 1,
        fixes: [],
      })),
  };
}

describe("runChecks", () => {
  it("returns one array per segment, sorted by start", () => {
    const segments = [paragraph("The the cat sat.  It was homelandThe end."), paragraph("All fine here.")];
    const results = runChecks(segments, { targetLang: "en", blocks: [0, 0] });
    expect(results).toHaveLength(2);
    const starts = results[0]?.map((match) => match.start) ?? [];
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect(starts).toEqual([...starts].sort((left, right) => left - right));
    expect(results[1]).toEqual([]);
  });

  it("gives each check the neighbours, the block and the article position", () => {
    const contexts: CheckContext[] = [];
    const segments = [paragraph("One."), paragraph("Two."), paragraph("Three.")];
    runChecks(segments, { sourceLang: "ca", targetLang: "en", blocks: [4, 4, 7], checks: [recordingCheck(contexts)] });
    const [first, second, third] = contexts;
    expect(first?.previous).toBeUndefined();
    expect(first?.next?.text).toBe("Two.");
    expect(second?.block).toEqual({ index: 4, segments: [segments[0], segments[1]], positionInBlock: 1 });
    expect(third?.block).toEqual({ index: 7, segments: [segments[2]], positionInBlock: 0 });
    expect(third?.previous?.text).toBe("Two.");
    expect(third?.article).toMatchObject({ index: 2, total: 3 });
    expect(third?.article.blocks).toHaveLength(2);
    expect(second?.sourceLang).toBe("ca");
    expect(second?.segment).toBe(segments[1]);
  });

  it("keeps a check's first matches in a segment, up to the cap", () => {
    const flood = floodCheck(MAX_FINDINGS_PER_CHECK * 3);
    const [matches = []] = runChecks([paragraph("x".repeat(200))], { targetLang: "en", blocks: [0], checks: [flood] });
    expect(matches).toHaveLength(MAX_FINDINGS_PER_CHECK);
    expect(matches.map((match) => match.start)).toEqual(
      Array.from({ length: MAX_FINDINGS_PER_CHECK }, (_, index) => index),
    );
  });

  it("stops the article at its cap, in reading order", () => {
    const perSegment = MAX_FINDINGS_PER_CHECK;
    const segmentCount = Math.ceil(MAX_FINDINGS_PER_ARTICLE / perSegment) + 5;
    const segments = Array.from({ length: segmentCount }, () => paragraph("x".repeat(50)));
    const results = runChecks(segments, {
      targetLang: "en",
      blocks: segments.map((_, index) => index),
      checks: [floodCheck(perSegment)],
    });
    expect(results.flat()).toHaveLength(MAX_FINDINGS_PER_ARTICLE);
    expect(results[0]).toHaveLength(perSegment);
    expect(results.at(-1)).toEqual([]);
  });

  it("counts no finding in page chrome against the article's cap, and says when the cap cut findings short", () => {
    const perSegment = MAX_FINDINGS_PER_CHECK;
    const chrome = Array.from({ length: Math.ceil(MAX_FINDINGS_PER_ARTICLE / perSegment) + 5 }, () => ({
      text: "x".repeat(50),
      kind: "page_chrome" as const,
    }));
    const segments = [...chrome, paragraph("x".repeat(50))];
    const run = runChecksCapped(segments, {
      targetLang: "en",
      blocks: segments.map((_, index) => index),
      checks: [floodCheck(perSegment)],
    });
    expect(run.matches.at(-1)).toHaveLength(perSegment);
    expect(run.capped).toBe(false);
    const many = Array.from({ length: Math.ceil(MAX_FINDINGS_PER_ARTICLE / perSegment) + 1 }, () =>
      paragraph("x".repeat(50)),
    );
    expect(
      runChecksCapped(many, {
        targetLang: "en",
        blocks: many.map((_, index) => index),
        checks: [floodCheck(perSegment)],
      }).capped,
    ).toBe(true);
  });

  it.each([
    ["an empty span", 3, 3],
    ["a span past the end", 2, 11],
    ["a negative start", -1, 2],
    ["a reversed span", 4, 2],
  ])("refuses a check that returns %s, naming it", (_name, start, end) => {
    const broken: CheckDefinition = {
      ...floodCheck(0),
      id: "broken",
      detect: () => [{ check: "broken", start, end, fixes: [] }],
    };
    expect(() => runChecks([paragraph("ten chars.")], { targetLang: "en", blocks: [0], checks: [broken] })).toThrow(
      /"broken"/u,
    );
  });

  it("runs only the checks it is given", () => {
    const results = runChecks([paragraph("the the")], { targetLang: "en", blocks: [0], checks: [] });
    expect(results).toEqual([[]]);
  });
});
