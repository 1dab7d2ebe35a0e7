import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { download, reviewReady, segmentWith } from "../support/article-page";

const fixture = (name: string) => readFileSync(new URL(`../../lib/import/fixtures/${name}`, import.meta.url));

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

async function choose(page: Page, file: Upload, locale = "en") {
  await page.goto(`/${locale}/articles/new`);
  await page.getByLabel(locale === "es" ? "Elige un archivo…" : "Choose a file…").setInputFiles(file);
  await expect(page.getByText(file.name)).toBeVisible();
}

/** How many articles the home page lists: a failed import must not add one. */
async function articleCount(page: Page): Promise<number> {
  await page.goto("/en");
  return page.locator(".article-list tbody tr").count();
}

test("an XLIFF 2.0 file opens bilingual: source text beside the machine output, states kept, and exports back to XLIFF", async ({
  page,
}) => {
  await choose(page, {
    name: "article-2-0.xlf",
    mimeType: "application/xliff+xml",
    buffer: fixture("article-2-0.xlf"),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/\/en\/articles\/\d+$/);
  await reviewReady(page);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea",
    }),
  ).toBeVisible();
  const standfirst = segmentWith(page, "The first North Korean painting exhibition");
  await expect(standfirst.locator(".source-text")).toContainText("La primera exposició de pintura nord-coreana");
  await expect(standfirst.locator(".source-text")).toHaveAttribute("lang", "ca");
  // XLIFF 2.0 states map onto Galley's: "final" is approved, "reviewed" edited, "translated" new.
  await expect(
    segmentWith(page, "There is only one country in the world").getByText("Approved", { exact: true }),
  ).toBeVisible();
  await expect(standfirst.getByText("Edited", { exact: true })).toBeVisible();
  await expect(segmentWith(page, "Beach hotels, works of art").getByText("New", { exact: true })).toBeVisible();

  const xliff = await download(page, "XLIFF 2.0");
  expect(xliff).toContain('srcLang="ca"');
  expect(xliff).toContain('<unit id="standfirst"');
  expect(xliff).toContain("La primera exposició de pintura nord-coreana");
});

test("a news page's HTML imports its story without its scripts, and nothing in it runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await choose(page, { name: "news-page.html", mimeType: "text/html", buffer: fixture("news-page.html") });
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/\/en\/articles\/\d+$/);
  await reviewReady(page);
  await expect(
    page.getByRole("heading", { level: 1, name: /^Beach hotels, works of art and cannon fodder/ }),
  ).toBeVisible();
  await expect(page.getByText("Injected by a script")).toHaveCount(0);
  await expect(page.locator(".segments img, .segments script")).toHaveCount(0);

  const html = await download(page, "HTML");
  expect(html).not.toMatch(/<script|onerror|javascript:/i);
  expect(dialogs).toEqual([]);
});

test("malformed XML is refused with its line and column, and no article is created", async ({ page }) => {
  const before = await articleCount(page);
  const broken =
    '<?xml version="1.0"?>\n<xliff version="2.0" srcLang="ca" trgLang="en">\n  <file id="f"><unit id="u"><segment><source>Hola</target></segment></unit></file>\n</xliff>\n';
  await choose(page, { name: "broken.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText(/The XML is malformed at line 3, column \d+/);
  await expect(page.getByText("broken.xlf")).toBeVisible();
  expect(await articleCount(page)).toBe(before);
});

test("a file over the limit is refused before it is uploaded", async ({ page }) => {
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/articles/import")) uploads.push(request.url());
  });
  await choose(page, { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, "a") });
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "The file is 5,242,881 bytes; Galley takes files up to 5,242,880 bytes.",
  );
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
  expect(uploads).toEqual([]);
});

test("an empty file, a binary file and undeclared Latin-1 text each get their own message, in the UI's language", async ({
  page,
}) => {
  await choose(page, { name: "empty.md", mimeType: "text/markdown", buffer: Buffer.alloc(0) });
  await expect(page.locator("form").getByRole("alert")).toHaveText("The file is empty.");

  await choose(page, {
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "This is not a text file. Galley imports plain text, Markdown, HTML, XLIFF and Galley JSON.",
  );

  // "Països" in Windows-1252, with nothing saying so.
  const latin1 = Buffer.from("Titular\n\nEls Pa\u00efsos Catalans.\n", "latin1");
  await choose(page, { name: "latin1.txt", mimeType: "text/plain", buffer: latin1 }, "es");
  await page.getByRole("button", { name: "Importar" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "El archivo no está en UTF-8 y no dice qué codificación usa. Guárdalo en UTF-8 o declara su juego de caracteres.",
  );
});

test("a file whose charset is declared is decoded, not refused", async ({ page }) => {
  const html = Buffer.from(
    '<html lang="en"><head><meta charset="windows-1252"></head><body><h1>Caf\u00e9 society</h1><p>The na\u00efve reader\u2019s guide.</p></body></html>',
    "latin1",
  );
  // U+2019 is not Latin-1; write the Windows-1252 byte for it by hand.
  html[html.indexOf(0x19)] = 0x92;
  await choose(page, { name: "cp1252.html", mimeType: "text/html", buffer: html });
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/\/en\/articles\/\d+$/);
  await reviewReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Café society" })).toBeVisible();
  await expect(segmentWith(page, "The naïve reader’s guide.")).toBeVisible();
});

test("a Markdown file dropped on the page imports, and a word fused where its link ended is flagged", async ({
  page,
}) => {
  await page.goto("/en/articles/new");
  await expect(page.locator(".import-form[data-ready=true]")).toBeVisible();
  const markdown =
    "# Dropped headline\n\nRead the [report](https://example.com/report)and the annex before the vote.\n";
  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "dropped.md", { type: "text/markdown" }));
    return transfer;
  }, markdown);
  const zone = page.locator(".drop-zone");
  await zone.dispatchEvent("dragover", { dataTransfer: dropped });
  await expect(zone).toHaveClass(/dragging/);
  await zone.dispatchEvent("drop", { dataTransfer: dropped });
  await expect(page.getByText("dropped.md")).toBeVisible();

  await expect(page.getByRole("textbox", { name: "Translation language" })).toHaveValue("en");
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/\/en\/articles\/\d+$/);
  await reviewReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Dropped headline" })).toBeVisible();
  const row = segmentWith(page, "Read the reportand the annex");
  await expect(row.getByRole("button", { name: /^“reportand”:/ })).toBeVisible();
});
