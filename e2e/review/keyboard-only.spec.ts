import { expect, test } from "@playwright/test";
import { importArticle, segmentWith } from "../support/article-page";

test("a segment is edited, saved and approved without the mouse", async ({ page }) => {
  await importArticle(page);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Save and edit the next segment");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // Walk down to the headline's neighbour, the standfirst.
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  const standfirst = segmentWith(page, "The first North Korean painting exhibition in Moscow");
  await expect(standfirst).toBeFocused();
  await page.keyboard.press("k");
  await expect(segmentWith(page, "Beach hotels, works of art")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(standfirst).toBeFocused();

  await page.keyboard.press("Enter");
  const editor = standfirst.getByRole("textbox");
  await expect(editor).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(", on show until March.");
  await page.keyboard.press("Control+Enter");
  await expect(standfirst.locator(".current-text")).toHaveText(/between the two countries, on show until March\.$/);

  // Saving moved on to the next segment, in edit mode; Esc leaves it untouched.
  const caption = segmentWith(page, "North Korean leader Kim Jong-un welcomes");
  await expect(caption.getByRole("textbox")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(caption).toBeFocused();
  await expect(caption.getByText("New", { exact: true })).toBeVisible();

  await page.keyboard.press("k");
  await page.keyboard.press("Alt+A");
  await expect(standfirst.getByText("Approved", { exact: true })).toBeVisible();
  await expect(page.getByText("1 of 34 segments approved")).toBeVisible();

  // A finding's fix, by keyboard: F reaches the mark, Enter opens it, Enter applies the best fix.
  for (let step = 0; step < 10; step++) {
    if (await segmentWith(page, "UkraineMost of them").evaluate((row) => row === document.activeElement)) break;
    await page.keyboard.press("j");
  }
  await expect(segmentWith(page, "UkraineMost of them")).toBeFocused();
  await page.keyboard.press("f");
  await page.keyboard.press("Enter");
  await expect(page.locator(".finding-popover:popover-open")).toBeVisible();
  await expect(page.locator(".finding-popover:popover-open button").first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(segmentWith(page, "UkraineMost of them").locator(".current-text")).toHaveText(
    /war in Ukraine\. Most of them/,
  );

  // Where findings overlap, Enter applies the best fix of the most severe one: the stray fragment goes,
  // rather than being capitalised as a sentence start.
  const resort = segmentWith(page, "resort tourist, with It has");
  for (let step = 0; step < 20; step++) {
    if (await resort.evaluate((row) => row === document.activeElement)) break;
    await page.keyboard.press("j");
  }
  await page.keyboard.press("f");
  await page.keyboard.press("Enter");
  const popover = page.locator(".finding-popover:popover-open");
  await expect(popover.getByRole("listitem").first()).toContainText("Stray fragment");
  await expect(popover.getByRole("button", { name: "Remove it" })).toBeFocused();
  // Esc closes the popover and gives the keys back to the row.
  await page.keyboard.press("Escape");
  await expect(popover).toHaveCount(0);
  await expect(resort).toBeFocused();
  await page.keyboard.press("f");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(resort.locator(".current-text")).toContainText("and the sea. It has");
  await expect(resort.locator(".current-text")).not.toContainText("resort tourist");
});
