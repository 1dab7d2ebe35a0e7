import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { openDemoArticle, segmentWith } from "../support/article-page";

test("findings come with one-click fixes that edit, split and remove", async ({ page }) => {
  await openDemoArticle(page);
  const openCount = page.getByText(/^\d+ open findings?$/);
  const before = Number((await openCount.textContent())?.match(/\d+/)?.[0]);
  expect(before).toBeGreaterThanOrEqual(8);

  const trench = segmentWith(page, "Another work, In the same trenchIt depicts");
  await expect(trench.getByText("“trench” and “It” are joined without a space.")).toBeVisible();
  await trench.getByRole("button", { name: "Replace with trench. It" }).click();
  await expect(trench.getByRole("textbox")).toHaveValue(/In the same trench\. It depicts/);
  await expect(trench.getByText("Edited", { exact: true })).toBeVisible();
  await expect(trench.getByText("Fused words")).toBeHidden();

  const resort = segmentWith(page, "resort tourist, with It has a capacity");
  await resort.getByRole("listitem").filter({ hasText: "Stray fragment" }).getByRole("button", { name: "Remove it" }).click();
  await expect(resort.getByRole("textbox")).toHaveValue(/and the sea\. It has a capacity/);

  const moscow = segmentWith(page, "MoscowThere is only one country");
  await moscow.getByRole("button", { name: "Split off the dateline" }).click();
  const dateline = page.getByRole("listitem").filter({ has: page.getByText("Dateline", { exact: true }) });
  await expect(dateline.getByRole("textbox")).toHaveValue("Moscow");
  await expect(segmentWith(page, "MoscowThere is only one country").getByRole("textbox")).toHaveValue(/^There is only one country/);

  const either = segmentWith(page, "Giving a precious life either Heroic fighters");
  await either.getByRole("listitem").filter({ hasText: "Mistranslated conjunction" }).getByRole("button", { name: "Dismiss" }).click();
  await expect(either.getByText("1 dismissed finding")).toBeVisible();

  // Four findings were fixed or dismissed; removing the fragment also cleared its lowercase start.
  await expect(openCount).toHaveText(`${before - 5} open findings`);
  await page.reload();
  await expect(page.getByText(`${before - 5} open findings`)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: page.getByText("Dateline", { exact: true }) }).getByRole("textbox")).toHaveValue("Moscow");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Markdown" }).click()]);
  const markdown = await readFile((await download.path()) ?? "", "utf8");
  expect(markdown).toContain("**Moscow** — There is only one country");
  expect(markdown).toContain("In the same trench. It depicts");
  expect(markdown).toContain("and the sea. It has a capacity");
});
