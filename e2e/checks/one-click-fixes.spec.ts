import { expect, test } from "@playwright/test";
import { download, importArticle, openFinding, segmentWith } from "../support/article-page";

test("findings open a popover whose fixes edit, split and remove in one click", async ({ page }) => {
  await importArticle(page);
  const openCount = page.getByText(/^\d+ open findings?$/);
  await expect(openCount).toHaveText("10 open findings");

  const trench = segmentWith(page, "Another work, In the same trenchIt depicts");
  const popover = await openFinding(trench, "trenchIt");
  await expect(popover).toContainText("Fused words");
  await expect(popover).toContainText("“trench” and “It” are joined without a space.");
  await expect(popover).toContainText("Fluency");
  await popover.getByRole("button", { name: "Replace with trench. It" }).click();
  await expect(trench.locator(".current-text")).toHaveText(/In the same trench\. It depicts/);
  await expect(trench.locator(".current-text ins")).toHaveText("trench. It");
  await expect(trench.getByText("Edited", { exact: true })).toBeVisible();

  const resort = segmentWith(page, "resort tourist, with It has a capacity");
  const fragment = await openFinding(resort, "resort");
  await fragment
    .getByRole("listitem")
    .filter({ hasText: "Stray fragment" })
    .getByRole("button", { name: "Remove it" })
    .click();
  await expect(resort.locator(".current-text")).toHaveText(/and the sea\. It has a capacity/);

  const moscow = segmentWith(page, "MoscowThere is only one country");
  await (await openFinding(moscow, "MoscowThere")).getByRole("button", { name: "Split off the dateline" }).click();
  const dateline = page.getByRole("listitem").filter({ has: page.getByText("Dateline", { exact: true }) });
  await expect(dateline.locator(".current-text")).toHaveText("Moscow");
  await expect(segmentWith(page, "MoscowThere is only one country").locator(".current-text")).toHaveText(
    /^There is only one country/,
  );

  const either = segmentWith(page, "Giving a precious life either Heroic fighters");
  const dismissing = await openFinding(either, "either");
  await dismissing.getByRole("button", { name: "Dismiss" }).click();
  await dismissing.getByRole("button", { name: "Correct as is" }).click();
  await expect(either.getByText("1 dismissed")).toBeVisible();

  // Four findings fixed or dismissed; removing the fragment also cleared its lowercase start.
  await expect(openCount).toHaveText("5 open findings");
  await page.reload();
  await expect(page.getByText("5 open findings")).toBeVisible();

  // Nothing is approved yet, so every segment comes marked; the fixes show through the marks.
  const marked = await download(page, "Markdown");
  expect(marked).toMatch(/^# \[new\] /);
  const markdown = marked.replace(/\[(new|edited|rejected)\] /g, "");
  expect(markdown).toContain("**Moscow** — There is only one country");
  expect(markdown).toContain("In the same trench. It depicts");
  expect(markdown).toContain("and the sea. It has a capacity");
});
