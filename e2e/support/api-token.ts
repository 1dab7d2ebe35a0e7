import { expect, type Page } from "@playwright/test";

/** Makes a personal API token on the profile page, as a person would, and returns its secret. */
export async function createApiToken(page: Page, name: string): Promise<string> {
  await page.goto("/en/profile");
  const section = page.getByRole("region", { name: "API tokens" });
  await section.getByRole("textbox", { name: "Name" }).fill(name);
  await section.getByRole("button", { name: "Create token" }).click();
  const secret = section.getByRole("textbox", { name: "Token" });
  await expect(secret).toBeFocused();
  return secret.inputValue();
}
