import { expect, test } from "@playwright/test";
import { importArticle } from "../support/article-page";

test("a pasted article opens ready for review, with its findings", async ({ page }) => {
  await importArticle(
    page,
    "World\n\nA headline about things\n\nThe war in UkraineMost of them fought.\n",
    "paste.txt",
  );
  await expect(page.getByRole("heading", { level: 1, name: "A headline about things" })).toBeVisible();
  await expect(page.getByText("1 open finding")).toBeVisible();
});

test("an unknown language code is refused with a translated message, and the text stays", async ({ page }) => {
  await page.goto("/es/articles/new");
  await page.getByRole("textbox", { name: "Texto del artículo" }).fill("Titular\n\nUn párrafo.");
  await page.getByRole("textbox", { name: "Idioma original" }).fill("xx-nope-1");
  await page.getByRole("button", { name: "Importar" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "no es un código de idioma que Galley conozca" }),
  ).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Texto del artículo" })).toHaveValue("Titular\n\nUn párrafo.");
});

test("text with nothing but blank lines cannot be imported", async ({ page }) => {
  await page.goto("/en/articles/new");
  await page.getByRole("textbox", { name: "Article text" }).fill("   \n\n  ");
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
});
