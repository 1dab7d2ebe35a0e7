import { describe, expect, it } from "vitest";
import { ACTIONS, can, ROLES, type Action, type Role } from "./permissions";

// The table, written out again so that a change to the rules has to change this too.
const TABLE: Record<Action, Record<Role, [onAssigned: boolean, onOthers: boolean]>> = {
  "article.read": { translator: [true, false], editor: [true, false], admin: [true, true] },
  "segment.edit": { translator: [true, false], editor: [true, false], admin: [true, true] },
  "segment.review": { translator: [false, false], editor: [true, false], admin: [true, true] },
  "article.import": { translator: [false, false], editor: [false, false], admin: [true, true] },
  "article.export": { translator: [false, false], editor: [true, false], admin: [true, true] },
  "article.delete": { translator: [false, false], editor: [false, false], admin: [true, true] },
  "article.assign": { translator: [false, false], editor: [false, false], admin: [true, true] },
  "users.manage": { translator: [false, false], editor: [false, false], admin: [true, true] },
};

describe("can", () => {
  const cases = ACTIONS.flatMap((action) => ROLES.map((role) => [action, role] as const));

  it.each(cases)("%s by a %s follows the table", (action, role) => {
    const [onAssigned, onOthers] = TABLE[action][role];
    expect(can({ id: 1, role }, action, { assigned: true })).toBe(onAssigned);
    expect(can({ id: 1, role }, action, { assigned: false })).toBe(onOthers);
  });

  it.each(ACTIONS)("refuses %s to someone signed out", (action) => {
    expect(can(null, action, { assigned: true })).toBe(false);
  });

  it("needs to know the article for rules about assignment", () => {
    expect(can({ id: 1, role: "editor" }, "segment.review")).toBe(false);
    expect(can({ id: 1, role: "admin" }, "segment.review")).toBe(true);
  });
});
