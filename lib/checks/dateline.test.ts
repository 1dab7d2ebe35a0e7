import { describe, expect, it } from "vitest";
import { isPlaceNamePrefix, startsWithDateline } from "./dateline";

describe("startsWithDateline", () => {
  it.each([
    "GironaThe storm left thousands of homes without power.",
    "Madrid / BarcelonaA deal was signed on Monday.",
    "Vilanova i la GeltrúIt rained all night.",
    "La Seu d'UrgellThere were no injuries.",
    "SaltThe council met on Monday.",
    "Lleida — The harvest came early this year.",
  ])("sees a dateline at the start of %j", (text) => {
    expect(startsWithDateline(text)).toBe(true);
  });

  it.each([
    "The council met on Monday in Girona.",
    "SourceNode keeps the original positions.",
    "PlayStation sales rose sharply.",
    "Prices rose — again — in March.",
    "The mayor of GironaThe storm",
  ])("sees no dateline at the start of %j", (text) => {
    expect(startsWithDateline(text)).toBe(false);
  });
});

describe("isPlaceNamePrefix", () => {
  it("takes place names, particles and separators", () => {
    expect(isPlaceNamePrefix("Sant Sadurní de Anoia / ")).toBe(true);
    expect(isPlaceNamePrefix("")).toBe(true);
  });

  it("refuses a sentence", () => {
    expect(isPlaceNamePrefix("The mayor of ")).toBe(false);
    expect(isPlaceNamePrefix("A".repeat(100))).toBe(false);
  });
});
