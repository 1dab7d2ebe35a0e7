// `tsx scripts/screenshot.ts URL OUT.png [--width 1280] [--dark] [--full] [--text T]`: a look at a page in Chromium.
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: "string", default: "1280" },
    height: { type: "string", default: "900" },
    dark: { type: "boolean", default: false },
    full: { type: "boolean", default: false },
    text: { type: "string" },
  },
});
const [url, out] = positionals;
if (!url || !out) {
  console.error("usage: tsx scripts/screenshot.ts URL OUT.png [--width 1280] [--dark] [--full] [--text T]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({
  viewport: { width: Number(values.width), height: Number(values.height) },
  colorScheme: values.dark ? "dark" : "light",
});
await page.goto(url, { waitUntil: "networkidle" });
if (values.text)
  await page
    .getByText(values.text)
    .first()
    .evaluate((element) => element.scrollIntoView({ block: "start" }));
await page.screenshot({ path: out, fullPage: values.full });
await browser.close();
