import { describe, expect, it } from "vitest";
import { runChecks } from "./run";
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

  it("runs only the checks it is given", () => {
    const results = runChecks([paragraph("the the")], { targetLang: "en", blocks: [0], checks: [] });
    expect(results).toEqual([[]]);
  });
});
