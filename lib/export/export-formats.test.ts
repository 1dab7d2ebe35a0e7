import { describe, expect, it } from "vitest";
import { exportFileName } from "./export-formats";

describe("exportFileName", () => {
  it("makes a plain slug of the title", () => {
    expect(exportFileName("Moscow's winter: Àngels & Co.", "md")).toBe("moscow-s-winter-angels-co.md");
    expect(exportFileName("¿?", "txt")).toBe("article.txt");
  });

  it("cuts a long title between words, never inside one", () => {
    const name = exportFileName(
      "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea",
      "md",
    );
    expect(name).toBe("beach-hotels-works-of-art-and-cannon-fodder-this-is-how-the-russians-seduce.md");
    expect(name.length).toBeLessThanOrEqual(83);
  });

  it("says which segments the file holds when a scope is given", () => {
    expect(exportFileName("Moscow's winter", "md", "approved")).toBe("moscow-s-winter-approved-only.md");
    expect(exportFileName("Moscow's winter", "txt", "all")).toBe("moscow-s-winter-all-marked.txt");
    expect(exportFileName("¿?", "xlf", "approved")).toBe("article-approved-only.xlf");
  });
});
