import { describe, expect, it } from "vitest";
import { planCheckFixes, type PlannableFinding } from "./plan-check-fixes";

const segment = (id: number, text: string) => ({ id, version: 3, text, kind: "paragraph" as const });

function finding(
  segmentId: number,
  text: string,
  part: string,
  fix: PlannableFinding["fixes"][number],
): PlannableFinding {
  const start = text.indexOf(part);
  return { segmentId, start, end: start + part.length, fixes: [fix] };
}

describe("planCheckFixes", () => {
  it("applies every best fix in a segment, right to left", () => {
    const text = "the homelandThe paintings, the trenchIt depicts";
    const plans = planCheckFixes(
      [segment(1, text)],
      [
        finding(1, text, "homelandThe", { type: "replace", text: "homeland. The" }),
        finding(1, text, "trenchIt", { type: "replace", text: "trench. It" }),
      ],
    );
    expect(plans).toEqual([
      {
        segmentId: 1,
        version: 3,
        textBefore: text,
        textAfter: "the homeland. The paintings, the trench. It depicts",
        kindAfter: "paragraph",
        splitAt: null,
        fixed: 2,
      },
    ]);
  });

  it("leaves out a fix that overlaps one already planned", () => {
    const text = "honor of the homelandThe paintings";
    const plans = planCheckFixes(
      [segment(1, text)],
      [
        finding(1, text, "homelandThe", { type: "replace", text: "homeland. The" }),
        finding(1, text, "honor of the homeland", { type: "replace", text: "“honor of the homeland”" }),
      ],
    );
    expect(plans[0]).toMatchObject({ textAfter: "honor of the homeland. The paintings", fixed: 1 });
  });

  it("plans structural fixes: a dateline split and page chrome", () => {
    const moscow = "MoscowThere is only one country.";
    const plans = planCheckFixes(
      [segment(1, moscow), segment(2, "3 min"), segment(3, "Untouched.")],
      [
        finding(1, moscow, "MoscowThere", { type: "split-dateline", at: 6 }),
        finding(2, "3 min", "3 min", { type: "mark-chrome" }),
      ],
    );
    expect(
      plans.map(({ segmentId, textAfter, kindAfter, splitAt }) => ({ segmentId, textAfter, kindAfter, splitAt })),
    ).toEqual([
      { segmentId: 1, textAfter: moscow, kindAfter: "paragraph", splitAt: 6 },
      { segmentId: 2, textAfter: "3 min", kindAfter: "page_chrome", splitAt: null },
    ]);
  });

  it("closes nested unclosed marks in the right order at the end", () => {
    const text = "He said (as [the court put it, nothing";
    const close = (mark: string, closer: string) =>
      finding(1, text, mark, { type: "insert", at: text.length, text: closer });
    const plans = planCheckFixes([segment(1, text)], [close("[", "]"), close("(", ")")]);
    expect(plans[0]).toMatchObject({ textAfter: "He said (as [the court put it, nothing])", fixed: 2 });
  });

  it("applies an insertion and a replacement left of it in one pass", () => {
    const text = "the homelandThe paintings (seen in June";
    const plans = planCheckFixes(
      [segment(1, text)],
      [
        finding(1, text, "homelandThe", { type: "replace", text: "homeland. The" }),
        finding(1, text, "(", { type: "insert", at: text.length, text: ")" }),
      ],
    );
    expect(plans[0]).toMatchObject({ textAfter: "the homeland. The paintings (seen in June)", fixed: 2 });
  });

  it("plans nothing for segments without findings", () => {
    expect(planCheckFixes([segment(1, "Fine.")], [])).toEqual([]);
  });
});
