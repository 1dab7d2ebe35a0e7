import { expect, test } from "@playwright/test";
import { openDemoArticle } from "../support/article-page";

test("the language switcher changes the UI language and keeps the page", async ({ page }) => {
  await openDemoArticle(page);
  await expect(page.getByRole("link", { name: "← All articles" })).toBeVisible();

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/articles\/\d+$/);
  await expect(page.getByRole("link", { name: "← Todos los artículos" })).toBeVisible();
  const exportForm = page.getByRole("form", { name: "Exportar" });
  await expect(exportForm.getByRole("combobox", { name: "Segmentos que se incluyen" })).toHaveValue("all");
  await expect(exportForm.getByRole("button", { name: "Descargar" })).toBeVisible();

  await page.getByRole("navigation", { name: "Idioma" }).getByRole("link", { name: "Català" }).click();
  await expect(page).toHaveURL(/\/ca\/articles\/\d+$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ca");
  await expect(page.getByRole("link", { name: "← Tots els articles" })).toBeVisible();
});

test("an unknown article gets a translated not-found page", async ({ page }) => {
  const response = await page.goto("/es/articles/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No encontrado" })).toBeVisible();
});
