import { expect, test } from "@playwright/test";
import { download, downloadFile, editSegment, importArticle, segmentWith } from "../support/article-page";

const FUSED =
  "It is estimated that Kim Jong-un has sent nearly 15,000 men to the war in UkraineMost of them fought to recapture Kursk";

test("a newcomer edits a segment, approves it and exports the cleaned article", async ({ page }) => {
  await importArticle(page);
  const row = segmentWith(page, FUSED);
  const progress = page.getByText(/of 34 segments approved/);
  await expect(progress).toHaveText("0 of 34 segments approved");

  const editor = await editSegment(row);
  const original = await editor.inputValue();
  const fixed = original.replace("UkraineMost", "Ukraine. Most");
  await editor.fill(fixed);
  await expect(row.getByText("Unsaved changes")).toBeVisible();
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByText("Edited", { exact: true })).toBeVisible();
  await expect(row.locator(".current-text")).toHaveText(fixed);
  await expect(row.locator(".segment-mt del")).toHaveText("UkraineMost");

  await row.getByRole("button", { name: "Approve" }).click();
  await expect(row.getByText("Approved", { exact: true })).toBeVisible();
  await expect(progress).toHaveText("1 of 34 segments approved");

  await page.reload();
  await expect(segmentWith(page, FUSED).locator(".current-text")).toHaveText(fixed);
  await expect(segmentWith(page, FUSED).getByText("Approved", { exact: true })).toBeVisible();

  // Everything, with what is not approved yet marked; the approved sentence carries no mark.
  const markdown = await download(page, "Markdown");
  expect(markdown).toContain(" war in Ukraine. Most of them fought to recapture Kursk");
  expect(markdown).not.toContain("[new] It is estimated that Kim Jong-un");
  expect(markdown).not.toContain("UkraineMost");
  expect(markdown.startsWith("# [new] Beach hotels, works of art and cannon fodder")).toBe(true);
  for (const chrome of ["Russia", "12/11/2025", "3 min", "stats"])
    expect(markdown).not.toMatch(new RegExp(`^(\\[new\\] )?${chrome}$`, "m"));

  const approvedOnly = await downloadFile(page, "Plain text", "Approved only");
  expect(approvedOnly.text.trim()).toBe(fixed);
  expect(approvedOnly.name).toBe(
    "beach-hotels-works-of-art-and-cannon-fodder-this-is-how-the-russians-seduce-approved-only.txt",
  );

  // HTML marks what is not approved with the same visible text as Markdown.
  const html = await downloadFile(page, "HTML");
  expect(html.name).toMatch(/-all-marked\.html$/u);
  expect(html.text).toContain("war in Ukraine. Most of them");
  expect(html.text).toContain(
    '<h1><span class="unapproved" data-status="new"><span class="status">[new] </span>Beach hotels',
  );
  expect(html.text).not.toContain("[new] </span>It is estimated that Kim Jong-un");
  expect(html.text).not.toMatch(/<script/i);

  // The activity log names the segment by the number the review screen shows, and the formats by name.
  const number = (await row.locator(".segment-number").textContent()) ?? "";
  const articleId = /\/articles\/(\d+)/u.exec(page.url())?.[1];
  await page.goto(`/en/admin/activity?article=${articleId}`);
  const edited = page.getByRole("row").filter({ hasText: "Edited" });
  await expect(edited.getByRole("link", { name: `Segment ${number}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Exported" }).first()).toContainText("HTML");
  await expect(page.getByRole("row").filter({ hasText: "Exported" }).last()).toContainText("Markdown");
  await edited.getByRole("link", { name: `Segment ${number}` }).click();
  await expect(segmentWith(page, FUSED)).toBeFocused();
});

test("an “Approved only” export of an article with nothing approved warns instead of downloading", async ({ page }) => {
  await importArticle(page);
  const form = page.getByRole("form", { name: "Export" });
  await form.getByRole("combobox", { name: "Format" }).selectOption({ label: "Markdown" });
  await form.getByRole("combobox", { name: "Segments to include" }).selectOption({ label: "Approved only" });
  let downloads = 0;
  page.on("download", () => downloads++);
  await form.getByRole("button", { name: "Download" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Nothing in this article is approved yet, so an “Approved only” export would be empty. Approve segments first, or export everything with the unapproved ones marked.",
  );
  expect(downloads).toBe(0);

  // Choosing again clears the warning, and everything can still be downloaded.
  await form
    .getByRole("combobox", { name: "Segments to include" })
    .selectOption({ label: "Everything, unapproved marked" });
  await expect(form.getByRole("alert")).toHaveCount(0);
  expect((await downloadFile(page, "Markdown")).name).toMatch(/-all-marked\.md$/u);
});

test("a line break is refused with a clear message, and the text stays in the editor", async ({ page }) => {
  await importArticle(page);
  const row = segmentWith(page, "Open to Russian tourism");
  const editor = await editSegment(row);
  await editor.fill("Open to\nRussian tourism");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("alert")).toHaveText(
    "A segment can't contain a line break. Each line of the article is its own paragraph.",
  );
  await expect(editor).toHaveValue("Open to\nRussian tourism");
  await expect(row.getByText("New", { exact: true })).toBeVisible();
});
