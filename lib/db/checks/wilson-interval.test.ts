import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson-interval";

describe("wilsonInterval", () => {
  // Reference values from Wilson (1927) as tabulated by Newcombe (1998), Table II, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("%i of %i gives [%f, %f]", (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials);
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it("is symmetric: the failures' interval mirrors the successes'", () => {
    const successes = wilsonInterval(7, 10);
    const failures = wilsonInterval(3, 10);
    expect(successes?.low).toBeCloseTo(1 - (failures?.high ?? 0), 12);
    expect(successes?.high).toBeCloseTo(1 - (failures?.low ?? 0), 12);
  });

  it("stays within [0, 1] at the extremes and narrows as the sample grows", () => {
    expect(wilsonInterval(5, 5)).toMatchObject({ high: 1 });
    expect(wilsonInterval(5, 5)?.low).toBeGreaterThan(0.5);
    const small = wilsonInterval(8, 10);
    const large = wilsonInterval(800, 1000);
    expect((large?.high ?? 1) - (large?.low ?? 0)).toBeLessThan((small?.high ?? 1) - (small?.low ?? 0));
  });

  it("says nothing without trials", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});
