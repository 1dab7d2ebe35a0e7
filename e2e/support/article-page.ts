import { readFileSync } from "node:fs";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { storageStateOf, type AccountRole } from "./accounts";

export const DEMO_TITLE = "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea";
export const SEED_TEXT = readFileSync(new URL("../../prisma/demo/seed-article.txt", import.meta.url), "utf8");

/** Waits until the review screen has hydrated and answers to keys and clicks. */
export async function reviewReady(page: Page): Promise<void> {
  await expect(page.locator("[data-ready=true]")).toBeVisible();
}

/** Opens the demo article from the article list, as a user would. */
export async function openDemoArticle(page: Page, locale = "en"): Promise<void> {
  await page.goto(`/${locale}`);
  await page.getByRole("row").filter({ hasText: "seed-article.txt" }).getByRole("link", { name: DEMO_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_TITLE })).toBeVisible();
  await reviewReady(page);
}

/** Opens an article's review screen in a browser of its own, signed in as one of the demo roles. */
export async function openAs(browser: Browser, role: AccountRole, url: string): Promise<Page> {
  const page = await (await browser.newContext({ storageState: storageStateOf(role) })).newPage();
  await page.goto(url);
  await reviewReady(page);
  return page;
}

/** Imports `text` through the New article page, so that a test works on an article of its own. */
export async function importArticle(page: Page, text = SEED_TEXT, origin = "e2e.txt"): Promise<string> {
  await page.goto("/en/articles/new");
  await page.getByRole("textbox", { name: "Article text" }).fill(text);
  await page.getByRole("textbox", { name: "Where it came from" }).fill(origin);
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/\/en\/articles\/\d+$/);
  await reviewReady(page);
  return page.url();
}

/** Clicks a control and returns the server action request the browser made, to replay it. */
export async function captureAction(
  page: Page,
  click: () => Promise<void>,
): Promise<{ url: string; headers: Record<string, string>; body: string }> {
  const request = page.waitForRequest(
    (candidate) => candidate.method() === "POST" && Boolean(candidate.headers()["next-action"]),
  );
  await click();
  const captured = await request;
  return { url: captured.url(), headers: captured.headers(), body: captured.postData() ?? "" };
}

/** The row of the segment whose machine output contains `text`. */
export function segmentWith(page: Page, text: string): Locator {
  return page.getByRole("listitem").filter({ has: page.locator(".segment-mt p", { hasText: text }) });
}

/** Saves the open editor with Ctrl+Enter, waits for the save, and leaves the next segment's editor. */
export async function saveAndLeave(row: Locator): Promise<void> {
  await row.getByRole("textbox").press("Control+Enter");
  await expect(row.locator(".current-text")).toBeVisible();
  await row.page().keyboard.press("Escape");
  await expect(row.page().locator(".segment-editor")).toHaveCount(0);
}

/** Puts a segment into edit mode with the mouse and returns its editor. */
export async function editSegment(row: Locator): Promise<Locator> {
  // The number, not the middle of the row's side column, where a comment count may be a button of its own.
  await row.locator(".segment-number").click();
  await row.getByRole("button", { name: "Edit" }).click();
  const editor = row.getByRole("textbox");
  await expect(editor).toBeFocused();
  return editor;
}

/** Opens the popover of the finding mark whose text is `text` (or whose name matches) in a row. */
export async function openFinding(row: Locator, text: string | RegExp): Promise<Locator> {
  await row
    .getByRole("button", { name: typeof text === "string" ? `“${text}”:` : text })
    .first()
    .click();
  const popover = row.page().locator(".finding-popover:popover-open");
  await expect(popover).toBeVisible();
  return popover;
}

type ExportScopeLabel = "Everything, unapproved marked" | "Approved only";

/** Downloads the article from its export form: the file's text and the name it is saved under. */
export async function downloadFile(
  page: Page,
  format: string,
  scope: ExportScopeLabel = "Everything, unapproved marked",
): Promise<{ text: string; name: string }> {
  const form = page.getByRole("form", { name: "Export" });
  await form.getByRole("combobox", { name: "Format" }).selectOption({ label: format });
  await form.getByRole("combobox", { name: "Segments to include" }).selectOption({ label: scope });
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Download" }).click(),
  ]);
  const { readFile } = await import("node:fs/promises");
  return { text: await readFile((await file.path()) ?? "", "utf8"), name: file.suggestedFilename() };
}

/** The text of a download from the export form, e.g. download(page, "Markdown", "Approved only"). */
export async function download(page: Page, format: string, scope?: ExportScopeLabel): Promise<string> {
  return (await downloadFile(page, format, scope)).text;
}

/** Approves every segment still waiting, one by one, as an editor or admin would: select the row, then Approve. */
export async function approveEverything(page: Page): Promise<void> {
  const waiting = page.locator("li.segment:not([data-status=approved])");
  while ((await waiting.count()) > 0) {
    const row = page.locator(`li#${await waiting.first().getAttribute("id")}`);
    await row.locator(".segment-meta").click();
    await row.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(row).toHaveAttribute("data-status", "approved");
  }
}

/** As an admin on an article page: assigns exactly the people named. */
export async function assignTo(page: Page, names: string[]): Promise<void> {
  await page.getByRole("button", { name: "Assign people…" }).click();
  const dialog = page.getByRole("dialog", { name: "Who works on this article" });
  await expect(dialog.getByRole("checkbox").first()).toBeVisible();
  for (const box of await dialog.getByRole("checkbox").all()) {
    const label = (await box.evaluate((element) => element.parentElement?.textContent ?? "")).trim();
    if (names.some((name) => label.startsWith(name)) !== (await box.isChecked())) await box.click();
  }
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  for (const name of names) await expect(page.getByText(/^Assigned: /)).toContainText(name);
}
