import { expect, test } from "@playwright/test";
import { importArticle, openAs } from "../support/article-page";

test("an admin deletes an article after confirming, and the activity log names it", async ({ page, browser }) => {
  const title = `Delete me ${Date.now()}`;
  const url = await importArticle(page, `${title}\n\nA paragraph that will go.`, "delete-me.txt");
  // Someone else has the article open while it is deleted.
  const other = await openAs(browser, "admin", url);

  await page.getByRole("button", { name: "Delete article…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this article?" });
  await expect(dialog).toContainText(`“${title}” and its 2 segments`);
  // Cancel is where focus starts, so Enter alone never deletes.
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole("button", { name: "Delete article…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete article" }).click();
  await page.waitForURL(/\/en\?deleted=/);
  await expect(other.getByRole("alert").filter({ hasText: "This article was deleted" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `Deleted “${title}”` })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  await page.goto("/en/admin/activity");
  await expect(
    page.getByRole("row").filter({ hasText: "Deleted an article" }).filter({ hasText: title }),
  ).toBeVisible();
});
