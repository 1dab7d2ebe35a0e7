import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_TITLE = "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea";

/** Opens the demo article from the article list, as a user would. */
export async function openDemoArticle(page: Page, locale = "en"): Promise<void> {
  await page.goto(`/${locale}`);
  await page.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_TITLE })).toBeVisible();
}

/** The row of the segment whose machine output contains `text`. */
export function segmentWith(page: Page, text: string): Locator {
  return page.getByRole("listitem").filter({ hasText: text });
}
