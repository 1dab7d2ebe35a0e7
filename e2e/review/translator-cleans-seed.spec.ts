import { readFileSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import {
  approveEverything,
  assignTo,
  download,
  editSegment,
  importArticle,
  openAs,
  openFinding,
  saveAndLeave,
  segmentWith,
} from "../support/article-page";

const GOLDEN = readFileSync(new URL("../fixtures/seed-article.cleaned.md", import.meta.url), "utf8");

async function fix(row: Locator, mark: string | RegExp, button: string | RegExp) {
  const popover = await openFinding(row, mark);
  await popover.getByRole("button", { name: button }).first().click();
  await expect(popover).toBeHidden();
}

test("a translator cleans the reference article with one-click fixes and a few edits, and an editor approves it", async ({
  page: admin,
  browser,
}) => {
  // A whole article's review in three browsers: a minute on a quiet machine, more on a busy one.
  test.setTimeout(180_000);
  const url = await importArticle(admin);
  await assignTo(admin, ["Tess Translator", "Eli Editor"]);
  const page = await openAs(browser, "translator", url);

  await fix(segmentWith(page, "MoscowThere is only one country"), "MoscowThere", "Split off the dateline");
  const titles = segmentWith(page, "Under titles such as Giving a precious life");
  // "homelandThe" lies partly inside a title's finding, so its own mark is the part after it.
  await fix(titles, "The", "Replace with homeland. The");
  await fix(titles, "either", "Replace with or");
  await fix(titles, "Giving a precious life", /^Replace with “Giving a precious life”$/);
  // The title reads across an insertion, so its mark comes in pieces; any of them opens it.
  await fix(titles, /^“Heroic fighters/, /^Replace with “Heroic fighters/);
  await fix(segmentWith(page, "UkraineMost of them"), "UkraineMost", "Replace with Ukraine. Most");
  const resort = segmentWith(page, "resort tourist, with It has");
  const fragment = await openFinding(resort, "resort");
  await fragment
    .getByRole("listitem")
    .filter({ hasText: "Stray fragment" })
    .getByRole("button", { name: "Remove it" })
    .click();
  await expect(resort.locator(".current-text")).toContainText("and the sea. It has");
  await fix(resort, "year.This", "Replace with year. This");

  const trenchRow = segmentWith(page, "Another work, In the same trenchIt");
  const trench = await editSegment(trenchRow);
  await trench.fill(
    "Another work, “In the same trench”, depicts Russian and North Korean soldiers smiling fraternally.",
  );
  await saveAndLeave(trenchRow);
  const agentsRow = segmentWith(page, "who leave no trace of the space");
  const agents = await editSegment(agentsRow);
  await agents.fill((await agents.inputValue()).replace("leave no trace of the space", "never lose sight of the room"));
  await saveAndLeave(agentsRow);

  await expect(page.getByText("No open findings")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve ready…" })).toHaveCount(0);

  const editor = await openAs(browser, "editor", url);
  await expect(editor.getByText("No open findings")).toBeVisible();
  await approveEverything(editor);
  const markdown = await download(editor, "Markdown", "Approved only");
  expect(markdown).toBe(GOLDEN);
  expect(markdown).toContain("“Giving a precious life” or “Heroic fighters");
  expect(markdown).toContain("**Moscow** — There is");
  expect(markdown).not.toMatch(/resort tourist|either|^Russia$|^3 min$|^stats$|12\/11\/2025/m);
});
