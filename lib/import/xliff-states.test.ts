import { describe, expect, it } from "vitest";
import { SEGMENT_STATUSES } from "../segmentation/kinds";
import {
  STATUS_TO_XLIFF_1_2,
  STATUS_TO_XLIFF_2_STATE,
  XLIFF_1_2_STATES,
  XLIFF_2_STATES,
  galleySubState,
  statusFromXliff12,
  statusFromXliff2,
} from "./xliff-states";

describe("XLIFF 2.0 states", () => {
  it.each(SEGMENT_STATUSES)("gives %s back exactly through state and subState", (status) => {
    expect(statusFromXliff2(STATUS_TO_XLIFF_2_STATE[status], galleySubState(status))).toBe(status);
  });

  it.each([
    ["initial", "new"],
    ["translated", "new"],
    ["reviewed", "edited"],
    ["final", "approved"],
    [undefined, "new"],
    ["bogus", "new"],
  ])("reads another tool's %s as %s", (state, status) => {
    expect(statusFromXliff2(state, undefined)).toBe(status);
  });

  it("ignores a subState that is not Galley's, or names no status", () => {
    expect(statusFromXliff2("final", "acme:rejected")).toBe("approved");
    expect(statusFromXliff2("final", "galley:bogus")).toBe("approved");
  });

  it("writes only states that XLIFF 2.0 defines", () => {
    expect(Object.values(STATUS_TO_XLIFF_2_STATE).every((state) => XLIFF_2_STATES.includes(state))).toBe(true);
  });
});

describe("XLIFF 1.2 states", () => {
  it.each(SEGMENT_STATUSES)("gives %s back exactly through galley:status", (status) => {
    const marking = STATUS_TO_XLIFF_1_2[status];
    expect(
      statusFromXliff12({
        galleyStatus: status,
        approved: marking.approved ? "yes" : undefined,
        state: marking.state,
        stateQualifier: marking.stateQualifier ?? undefined,
      }),
    ).toBe(status);
  });

  it.each(SEGMENT_STATUSES)("gives %s back through the standard attributes alone, except edited", (status) => {
    const marking = STATUS_TO_XLIFF_1_2[status];
    const read = statusFromXliff12({
      galleyStatus: undefined,
      approved: marking.approved ? "yes" : undefined,
      state: marking.state,
      stateQualifier: marking.stateQualifier ?? undefined,
    });
    expect(read).toBe(status === "edited" ? "new" : status);
  });

  it.each([
    [{ state: "new" }, "new"],
    [{ state: "needs-translation" }, "new"],
    [{ state: "needs-review-l10n" }, "new"],
    [{ state: "translated" }, "new"],
    [{ state: "signed-off" }, "approved"],
    [{ state: "final" }, "approved"],
    [{ state: "translated", approved: "yes" }, "approved"],
    [{ state: "final", approved: "no" }, "approved"],
    [{ state: "translated", stateQualifier: "rejected-grammar" }, "rejected"],
    [{ state: "x-custom" }, "new"],
    [{}, "new"],
  ])("reads another tool's %j as %s", (attributes, status) => {
    expect(
      statusFromXliff12({
        galleyStatus: undefined,
        approved: undefined,
        state: undefined,
        stateQualifier: undefined,
        ...attributes,
      }),
    ).toBe(status);
  });

  it("writes only states that XLIFF 1.2 defines", () => {
    expect(Object.values(STATUS_TO_XLIFF_1_2).every((marking) => XLIFF_1_2_STATES.includes(marking.state))).toBe(true);
  });
});
