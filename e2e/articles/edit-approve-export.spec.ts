import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { openDemoArticle, segmentWith } from "../support/article-page";

const FUSED = "It is estimated that Kim Jong-un has sent nearly 15,000 men to the war in UkraineMost of them fought to recapture Kursk";

test("a newcomer edits a segment, approves it and exports the cleaned article", async ({ page }) => {
  await openDemoArticle(page);
  const row = segmentWith(page, FUSED);
  const editor = row.getByRole("textbox");
  const progress = page.getByText(/of 38 segments approved/);
  await expect(progress).toHaveText("0 of 38 segments approved");

  const original = await editor.inputValue();
  const fixed = original.replace("UkraineMost", "Ukraine. Most");
  await editor.fill(fixed);
  await expect(row.getByText("Unsaved changes")).toBeVisible();
  await editor.press("Control+Enter");
  await expect(row.getByText("Edited", { exact: true })).toBeVisible();
  await expect(row.getByText("Unsaved changes")).toBeHidden();

  await row.getByRole("button", { name: "Approve" }).click();
  await expect(row.getByText("Approved", { exact: true })).toBeVisible();
  await expect(progress).toHaveText("1 of 38 segments approved");

  await page.reload();
  await expect(segmentWith(page, FUSED).getByRole("textbox")).toHaveValue(fixed);
  await expect(segmentWith(page, FUSED).getByText("Approved", { exact: true })).toBeVisible();

  const [markdownDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Markdown" }).click()]);
  expect(markdownDownload.suggestedFilename()).toMatch(/^beach-hotels-works-of-art.*\.md$/);
  const markdown = await readFile((await markdownDownload.path()) ?? "", "utf8");
  expect(markdown).toContain("war in Ukraine. Most of them fought to recapture Kursk");
  expect(markdown).not.toContain("UkraineMost");
  expect(markdown.startsWith("# Beach hotels, works of art and cannon fodder")).toBe(true);
  for (const chrome of ["Russia", "12/11/2025", "3 min", "stats"]) expect(markdown).not.toMatch(new RegExp(`^${chrome}$`, "m"));

  const [textDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Plain text" }).click()]);
  const text = await readFile((await textDownload.path()) ?? "", "utf8");
  expect(text).toContain("war in Ukraine. Most of them");
  expect(text).not.toMatch(/^(Russia|12\/11\/2025|3 min|stats)$/m);
});

test("a segment can be rejected, and a line break is refused with a clear message", async ({ page }) => {
  await openDemoArticle(page);
  const row = segmentWith(page, "Open to Russian tourism");
  await row.getByRole("button", { name: "Reject" }).click();
  await expect(row.getByText("Rejected", { exact: true })).toBeVisible();

  const editor = row.getByRole("textbox");
  await editor.fill("Open to\nRussian tourism");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("alert")).toHaveText("A segment can't contain a line break. Each line of the article is its own paragraph.");
  await expect(editor).toHaveValue("Open to\nRussian tourism");
  await expect(row.getByText("Rejected", { exact: true })).toBeVisible();
});
