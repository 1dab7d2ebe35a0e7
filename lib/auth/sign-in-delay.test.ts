import { describe, expect, it } from "vitest";
import { FIRST_DELAY_MS, FREE_FAILURES, MAX_DELAY_MS, secondsToWait, signInDelayMs } from "./sign-in-delay";

describe("signInDelayMs", () => {
  it("lets the first failures in a row pass without a wait", () => {
    for (let failures = 0; failures < FREE_FAILURES; failures++) expect(signInDelayMs(failures)).toBe(0);
  });

  it("doubles the wait with each further failure: 1, 2, 4 … seconds, capped at a minute", () => {
    const schedule = Array.from({ length: 10 }, (_, index) => signInDelayMs(FREE_FAILURES + index) / 1000);
    expect(schedule).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    expect(signInDelayMs(FREE_FAILURES)).toBe(FIRST_DELAY_MS);
  });

  it("never waits longer than the cap, however many failures", () => {
    for (const failures of [FREE_FAILURES + 6, 100, 1_000_000, Number.MAX_SAFE_INTEGER])
      expect(signInDelayMs(failures)).toBe(MAX_DELAY_MS);
  });
});

describe("secondsToWait", () => {
  const last = new Date("2030-01-01T10:00:00Z");
  const at = (ms: number) => new Date(last.getTime() + ms);

  it("is 0 without a failure, or while the failures are free", () => {
    expect(secondsToWait(0, null, at(0))).toBe(0);
    expect(secondsToWait(FREE_FAILURES - 1, last, at(0))).toBe(0);
    // Even when another app server's clock put that failure a little in the future.
    expect(secondsToWait(FREE_FAILURES - 1, last, at(-5_000))).toBe(0);
  });

  it("counts from the last failure, rounded up to whole seconds, and ends when the delay has passed", () => {
    const failures = FREE_FAILURES + 3; // an 8 s delay
    expect(secondsToWait(failures, last, at(0))).toBe(8);
    expect(secondsToWait(failures, last, at(100))).toBe(8);
    expect(secondsToWait(failures, last, at(7_001))).toBe(1);
    expect(secondsToWait(failures, last, at(8_000))).toBe(0);
    expect(secondsToWait(failures, last, at(60_000))).toBe(0);
  });
});
