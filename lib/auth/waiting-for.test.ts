import { describe, expect, it } from "vitest";
import { SEGMENT_STATUSES } from "../segmentation/kinds";
import { waitingRoleOf, waitsFor } from "./waiting-for";

describe("waitingRoleOf", () => {
  it("makes admins and editors reviewers, and translators translators", () => {
    expect(waitingRoleOf({ id: 1, role: "admin" })).toBe("reviewer");
    expect(waitingRoleOf({ id: 2, role: "editor" })).toBe("reviewer");
    expect(waitingRoleOf({ id: 3, role: "translator" })).toBe("translator");
  });
});

describe("waitsFor", () => {
  const paragraph = (status: (typeof SEGMENT_STATUSES)[number]) => ({ status, kind: "paragraph" as const });

  it("keeps everything short of approval waiting for a reviewer", () => {
    expect(SEGMENT_STATUSES.filter((status) => waitsFor("reviewer", paragraph(status), 0))).toEqual([
      "new",
      "edited",
      "rejected",
    ]);
  });

  it("keeps new and rejected text, and any open comment, waiting for a translator", () => {
    expect(SEGMENT_STATUSES.filter((status) => waitsFor("translator", paragraph(status), 0))).toEqual([
      "new",
      "rejected",
    ]);
    expect(waitsFor("translator", paragraph("edited"), 1)).toBe(true);
    expect(waitsFor("translator", paragraph("approved"), 2)).toBe(true);
  });

  it("never counts page chrome", () => {
    expect(waitsFor("reviewer", { status: "new", kind: "page_chrome" }, 0)).toBe(false);
    expect(waitsFor("translator", { status: "rejected", kind: "page_chrome" }, 1)).toBe(false);
  });
});
