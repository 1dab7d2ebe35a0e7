import { expect, test } from "@playwright/test";
import { editSegment, importArticle, saveAndLeave, segmentWith } from "../support/article-page";

test("split at the cursor, merge back, mark as page chrome and restore, restore a revision", async ({ page }) => {
  await importArticle(page);
  const row = segmentWith(page, "North Korea has also become Vladimir Putin's main arms supplier");
  const editor = await editSegment(row);
  await editor.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(37, 37));
  await page.keyboard.press("Alt+S");
  const first = segmentWith(page, "North Korea has also become Vladimir Putin's main arms supplier");
  await expect(first.locator(".current-text")).toHaveText("North Korea has also become Vladimir");
  const second = page
    .getByRole("listitem")
    .filter({ has: page.locator(".segment-mt p", { hasText: /^Putin's main arms supplier for the war\.$/ }) });
  await expect(second.locator(".current-text")).toHaveText("Putin's main arms supplier for the war.");

  await first.locator(".segment-meta").click();
  await page.keyboard.press("Alt+M");
  await expect(first.locator(".current-text")).toHaveText(
    "North Korea has also become Vladimir Putin's main arms supplier for the war.",
  );
  await expect(second).toHaveCount(0);

  const open = segmentWith(page, "Open to Russian tourism");
  await open.locator(".segment-meta").click();
  await open.getByRole("button", { name: "Mark as page chrome" }).click();
  await expect(open.getByText("Page chrome", { exact: true })).toBeVisible();
  await open.getByRole("button", { name: "Restore to text" }).click();
  await expect(open.getByText("Subheading", { exact: true })).toBeVisible();

  const kyiv = segmentWith(page, "Furthermore, Kyiv asserts");
  await (await editSegment(kyiv)).fill("A first rewrite.");
  await saveAndLeave(kyiv);
  await kyiv.locator(".segment-meta").click();
  await kyiv.getByRole("button", { name: "Comments and history" }).click();
  const history = page.getByRole("dialog", { name: /comments and history/ });
  await expect(history.locator(".history > li:not(.history-origin)")).toHaveCount(1);
  await history.getByRole("button", { name: "Close" }).click();

  await (await editSegment(kyiv)).fill("A second rewrite.");
  await saveAndLeave(kyiv);
  await kyiv.locator(".segment-meta").click();
  await page.keyboard.press("Alt+H");
  await expect(history.locator(".history > li:not(.history-origin)")).toHaveCount(2);
  await history.getByRole("button", { name: "Restore this version" }).click();
  await expect(history.locator(".history > li:not(.history-origin)")).toHaveCount(3);
  await expect(history.locator(".history > li:not(.history-origin)").first()).toContainText("Restored");
  await history.getByRole("button", { name: "Close" }).click();
  await expect(kyiv.locator(".current-text")).toHaveText("A first rewrite.");

  // The imported machine output is the history's first entry, and can come back as an edit.
  await kyiv.locator(".segment-meta").click();
  await page.keyboard.press("Alt+H");
  const origin = history.locator(".history-origin");
  await expect(origin).toContainText("Furthermore, Kyiv asserts");
  await origin.getByRole("button", { name: "Restore the machine output" }).click();
  await expect(history.locator(".history > li:not(.history-origin)")).toHaveCount(4);
  await expect(origin.getByRole("button", { name: "Restore the machine output" })).toHaveCount(0);
  await history.getByRole("button", { name: "Close" }).click();
  await expect(kyiv.locator(".current-text")).toContainText("Furthermore, Kyiv asserts");
});
