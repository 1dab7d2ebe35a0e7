import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/accounts";
import { captureAction, importArticle, openDemoArticle, segmentWith } from "../support/article-page";

const SENTENCE = "North Korea has also become Vladimir Putin's main arms supplier for the war.";

test("a translator sees no approval controls, and a direct approve call is refused", async ({ browser }) => {
  const admin = await (await browser.newContext({ storageState: storageStateOf("admin") })).newPage();
  await openDemoArticle(admin);
  const row = segmentWith(admin, SENTENCE);
  await row.locator(".segment-meta").click();
  // The admin approves one segment; the request it sends is what a translator might forge.
  const approve = await captureAction(admin, () => row.getByRole("button", { name: "Approve" }).click());
  await expect(row.getByText("Approved", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Edit" }).click();
  await row.getByRole("textbox").fill(`${SENTENCE} Again.`);
  await row.getByRole("textbox").press("Control+Enter");
  await expect(row.getByText("Edited", { exact: true })).toBeVisible();

  const translatorContext = await browser.newContext({ storageState: storageStateOf("translator") });
  const translator = await translatorContext.newPage();
  await openDemoArticle(translator);
  const mine = segmentWith(translator, SENTENCE);
  await mine.locator(".segment-meta").click();
  await expect(mine.getByRole("button", { name: "Edit" })).toBeVisible();
  await expect(mine.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(translator.getByRole("button", { name: "Approve ready…" })).toHaveCount(0);
  await expect(admin.getByRole("form", { name: "Export" })).toBeVisible();
  await expect(translator.getByRole("form", { name: "Export" })).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Delete article…" })).toBeVisible();
  await expect(translator.getByRole("button", { name: "Delete article…" })).toHaveCount(0);

  const segmentId = Number((JSON.parse(approve.body) as [{ segmentId: number }])[0].segmentId);
  const forged = await translator.request.post(approve.url, {
    headers: {
      ...approve.headers,
      cookie: (await translatorContext.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; "),
    },
    data: JSON.stringify([{ segmentId, version: 3 }]),
  });
  expect(await forged.text()).toContain('"code":"forbidden"');
  await admin.reload();
  await expect(segmentWith(admin, SENTENCE).getByText("Edited", { exact: true })).toBeVisible();
  expect((await translator.request.get(`/api/articles/1/export?format=md`)).status()).toBe(403);
});

test("no one reads an article they are not assigned to, by page, API or action", async ({ browser }) => {
  const admin = await (await browser.newContext({ storageState: storageStateOf("admin") })).newPage();
  const url = await importArticle(
    admin,
    "Private\n\nAn article for admins only\n\nNobody else may read this sentence.\n",
  );
  const articleId = url.match(/articles\/(\d+)$/)?.[1];
  const row = segmentWith(admin, "Nobody else may read this sentence.");
  await row.locator(".segment-meta").click();
  await row.getByRole("button", { name: "Edit" }).click();
  await row.getByRole("textbox").fill("Edited by the admin.");
  const save = await captureAction(admin, () => row.getByRole("textbox").press("Control+Enter"));
  await expect(row.locator(".current-text")).toHaveText("Edited by the admin.");

  const editorContext = await browser.newContext({ storageState: storageStateOf("editor") });
  const editor = await editorContext.newPage();
  await editor.goto("/en");
  await expect(editor.getByRole("link", { name: "An article for admins only" })).toHaveCount(0);
  const page = await editor.goto(`/en/articles/${articleId}`);
  expect(page?.status()).toBe(404);
  expect((await editor.request.get(`/api/articles/${articleId}/export?format=md`)).status()).toBe(404);

  const body = JSON.parse(save.body) as [{ segmentId: number; version: number; text: string }];
  const forged = await editor.request.post(save.url, {
    headers: {
      ...save.headers,
      cookie: (await editorContext.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; "),
    },
    data: JSON.stringify([{ ...body[0], version: 2, text: "Overwritten by someone unassigned." }]),
  });
  expect(await forged.text()).toContain('"code":"articleNotFound"');
  await admin.reload();
  await expect(segmentWith(admin, "Nobody else may read this sentence.").locator(".current-text")).toHaveText(
    "Edited by the admin.",
  );
});

test("a server action posted from another origin is refused and changes nothing", async ({ page }) => {
  const url = await importArticle(page, "Origins\n\nA headline for the origin check\n\nThe text stays as it is.\n");
  const row = segmentWith(page, "The text stays as it is.");
  await row.locator(".segment-meta").click();
  await row.getByRole("button", { name: "Edit" }).click();
  await row.getByRole("textbox").fill("Changed by the page itself.");
  const save = await captureAction(page, () => row.getByRole("textbox").press("Control+Enter"));
  await expect(row.locator(".current-text")).toHaveText("Changed by the page itself.");

  const body = JSON.parse(save.body) as [{ segmentId: number; version: number; text: string }];
  const cookies = (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  const forged = await page.request.post(save.url, {
    headers: { ...save.headers, cookie: cookies, origin: "https://evil.example", host: new URL(url).host },
    data: JSON.stringify([{ ...body[0], version: 2, text: "Changed from another site." }]),
  });
  expect(forged.ok()).toBe(false);
  await page.reload();
  await expect(segmentWith(page, "The text stays as it is.").locator(".current-text")).toHaveText(
    "Changed by the page itself.",
  );
});

test("stored markup renders as text in the review screen, the history and the comments", async ({ page }) => {
  await importArticle(page, "Markup\n\nA headline about markup\n\nA harmless sentence to edit.\n");
  const attack = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
  const row = segmentWith(page, "A harmless sentence to edit.");
  await row.locator(".segment-meta").click();
  await row.getByRole("button", { name: "Edit" }).click();
  await row.getByRole("textbox").fill(attack);
  await row.getByRole("textbox").press("Control+Enter");
  await expect(row.locator(".current-text")).toContainText("<script>window.__pwned = 1</script>");
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(segmentWith(page, "A harmless sentence to edit.").locator(".current-text")).toContainText(
    '<img src=x onerror="window.__pwned = 2">',
  );

  await segmentWith(page, "A harmless sentence to edit.").locator(".segment-meta").click();
  await segmentWith(page, "A harmless sentence to edit.").getByRole("button", { name: "Comments and history" }).click();
  const dialog = page.getByRole("dialog", { name: /comments and history/ });
  await dialog.getByLabel("Add to the thread").fill(attack);
  await dialog.getByRole("button", { name: "Comment" }).click();
  await expect(dialog.locator(".comment-body")).toHaveText(attack);
  await expect(dialog.locator(".history")).toContainText("<script>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});

test("only admins are offered the import form; the others are sent home from it", async ({ browser, page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: "New article" }).click();
  await expect(page.getByRole("textbox", { name: "Article text" })).toBeVisible();

  for (const role of ["translator", "editor"] as const) {
    const other = await (await browser.newContext({ storageState: storageStateOf(role) })).newPage();
    await other.goto("/en");
    await expect(other.getByRole("heading", { name: "Articles" })).toBeVisible();
    await expect(other.getByRole("link", { name: "New article" })).toHaveCount(0);
    await other.goto("/en/articles/new");
    await expect(other).toHaveURL(/\/en$/);
    await expect(other.getByRole("heading", { name: "Articles" })).toBeVisible();
    await expect(other.getByRole("textbox", { name: "Article text" })).toHaveCount(0);
    await expect(other.getByRole("button", { name: "Import" })).toHaveCount(0);
  }
});
