// `GALLEY_DEMO_PASSWORD=… tsx scripts/checks-screenshots.ts [BASE_URL]`: signs in to a running
// Galley as the demo admin, reviews three copies of the reference article in the browser
// (fixes, hand edits, dismissals with reasons) and saves screenshots of the Checks page.
import { mkdirSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const password = process.env.GALLEY_DEMO_PASSWORD;
if (!password) {
  console.error("Set GALLEY_DEMO_PASSWORD to the demo admin's password.");
  process.exit(2);
}
const out = "docs/screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}/en/sign-in`);
await page.getByLabel("Email").fill("admin@galley.local");
await page.getByLabel("Password").fill(password);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((url) => !url.pathname.includes("/sign-in"));

const seed = readFileSync("prisma/demo/seed-article.txt", "utf8");
const row = (text: string) =>
  page.getByRole("listitem").filter({ has: page.locator(".segment-mt p", { hasText: text }) });
const popover = () => page.locator(".finding-popover:popover-open");

async function importSeed(origin: string) {
  await page.goto(`${base}/en/articles/new`);
  await page.getByRole("textbox", { name: "Article text" }).fill(seed);
  await page.getByRole("textbox", { name: "Where it came from" }).fill(origin);
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await page.locator("[data-ready=true]").waitFor();
}

async function open(text: string, mark: string) {
  await row(text)
    .getByRole("button", { name: `“${mark}”:` })
    .first()
    .click();
  await popover().waitFor();
}

async function settle() {
  await popover()
    .waitFor({ state: "detached" })
    .catch(() => undefined);
  await page.waitForTimeout(400);
}

async function fix(text: string, mark: string, button: string) {
  await open(text, mark);
  await popover().getByRole("button", { name: button }).first().click();
  await settle();
}

async function dismiss(text: string, mark: string, reason: string, finding?: string) {
  await open(text, mark);
  const item = finding ? popover().getByRole("listitem").filter({ hasText: finding }) : popover();
  await item.getByRole("button", { name: "Dismiss" }).click();
  await item.getByRole("button", { name: reason }).click();
  await settle();
}

async function editByHand(text: string, from: string, to: string) {
  await row(text).locator(".segment-meta").click();
  await row(text).getByRole("button", { name: "Edit" }).click();
  const editor = row(text).getByRole("textbox");
  await editor.fill((await editor.inputValue()).replace(from, to));
  // Ctrl+Enter saves and opens the next segment's editor, which Escape closes again.
  await editor.press("Control+Enter");
  await row(text).locator(".current-text").waitFor();
  await page.locator(".segment-editor").waitFor();
  await page.keyboard.press("Escape");
  await page.locator(".segment-editor").waitFor({ state: "detached" });
}

// Three reviewers' worth of work, each judging the flags a little differently.
for (const [index, origin] of [
  "ara.cat, 12/11/2025",
  "ara.cat, copy for the weekend edition",
  "ara.cat, copy for the newsletter",
].entries()) {
  await importSeed(origin);
  await fix("MoscowThere", "MoscowThere", "Split off the dateline");
  await fix("UkraineMost of them", "UkraineMost", "Replace with Ukraine. Most");
  if (index === 0) await fix("Under titles such as", "The", "Replace with homeland. The");
  else await editByHand("Under titles such as", "homelandThe", "homeland. The");
  await dismiss("Under titles such as", "either", index === 2 ? "Correct as is" : "A quotation", "Mistranslated");
  await dismiss("Under titles such as", "Giving a precious life", index === 1 ? "A name" : "A quotation", "Unquoted");
  if (index > 0) await fix("resort tourist, with", "resort", "Remove it");
  if (index === 2) await dismiss("Another work, In the same", "trenchIt", "A name");
  else await fix("Another work, In the same", "trenchIt", "Replace with trench. It");
}

async function shoot(name: string, options: { dark?: boolean; width?: number; height?: number; full?: boolean } = {}) {
  await page.emulateMedia({ colorScheme: options.dark ? "dark" : "light" });
  await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
  await page.goto(`${base}/en/admin/checks`);
  await page.getByRole("heading", { level: 1, name: "Checks" }).waitFor();
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: options.full ?? false });
}
await shoot("checks-light", { full: true });
await shoot("checks-dark", { dark: true, full: true });
await shoot("checks-narrow", { width: 420, height: 900 });
await page.emulateMedia({ colorScheme: "light" });
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto(`${base}/en/admin/checks/mistranslated-conjunction`);
await page.screenshot({ path: `${out}/checks-detail.png`, fullPage: true });
await browser.close();
console.log(`Screenshots in ${out}/`);
