// `tsx scripts/readme-screenshots.ts [BASE_URL]`: imports the reference article into a running
// Galley, cleans part of it as a translator would, and saves the README's screenshots.
import { mkdirSync, readFileSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const out = "docs/screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
await page.goto(`${base}/en/articles/new`);
await page.getByRole("textbox", { name: "Article text" }).fill(readFileSync("prisma/demo/seed-article.txt", "utf8"));
await page.getByRole("textbox", { name: "Where it came from" }).fill("ara.cat, 12/11/2025");
await page.getByRole("button", { name: "Import" }).click();
await page.waitForURL(/\/articles\/\d+$/);
await page.locator("[data-ready=true]").waitFor();
const url = page.url();

const row = (text: string) =>
  page.getByRole("listitem").filter({ has: page.locator(".segment-mt p", { hasText: text }) });
async function fix(text: string, mark: string, button: string) {
  await row(text)
    .getByRole("button", { name: `“${mark}”:` })
    .first()
    .click();
  await page.locator(".finding-popover:popover-open").getByRole("button", { name: button }).first().click();
  await page
    .locator(".finding-popover:popover-open")
    .waitFor({ state: "detached" })
    .catch(() => undefined);
  await page.waitForTimeout(400);
}
await fix("MoscowThere", "MoscowThere", "Split off the dateline");
await fix("UkraineMost of them", "UkraineMost", "Replace with Ukraine. Most");
await fix("Under titles such as", "The", "Replace with homeland. The");

async function shoot(target: Page, name: string, focus: string) {
  await row(focus).locator(".segment-meta").click();
  await row(focus).evaluate((element) => element.scrollIntoView({ block: "center" }));
  await row(focus).getByRole("button", { name: "“either”:" }).click();
  await target.waitForTimeout(300);
  await target.screenshot({ path: `${out}/${name}.png` });
  await target.keyboard.press("Escape");
}
await shoot(page, "review-light", "Under titles such as");
await page.emulateMedia({ colorScheme: "dark" });
await shoot(page, "review-dark", "Under titles such as");
await page.emulateMedia({ colorScheme: "light" });
await page.setViewportSize({ width: 800, height: 900 });
await page.goto(url);
await page.locator("[data-ready=true]").waitFor();
await shoot(page, "review-800", "Under titles such as");
await browser.close();
console.log(`Screenshots in ${out}/ of ${url}`);
