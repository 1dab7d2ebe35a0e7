import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateOf } from "../support/accounts";
import { assignTo, editSegment, importArticle, reviewReady, segmentWith } from "../support/article-page";

const SEGMENT = "Russia has also sent Pyongyang food, raw materials, and weapons technology";

async function twoEditors(browser: Browser, locale = "en", secondHearsLive = true): Promise<[Page, Page]> {
  const first = await (await browser.newContext({ storageState: storageStateOf("admin") })).newPage();
  const url = await importArticle(first);
  // The other person is the demo editor, assigned to the article here by the admin.
  await assignTo(first, ["Eli Editor"]);
  const second = await (await browser.newContext({ storageState: storageStateOf("editor") })).newPage();
  // Without live updates, the second editor learns of the first one's save only when saving.
  if (!secondHearsLive) await second.route("**/events", (route) => route.abort());
  await second.goto(url.replace("/en/", `/${locale}/`));
  await reviewReady(second);
  if (locale !== "en") {
    await first.goto(url.replace("/en/", `/${locale}/`));
    await reviewReady(first);
  }
  return [first, second];
}

test("a conflicting edit keeps the second editor's text and lets them keep it", async ({ browser }) => {
  const [first, second] = await twoEditors(browser);

  const secondEditor = await editSegment(segmentWith(second, SEGMENT));
  await secondEditor.fill("Second editor's version, written without seeing the first.");

  const firstEditor = await editSegment(segmentWith(first, SEGMENT));
  await firstEditor.fill("First editor's version of the sentence.");
  await firstEditor.press("Control+Enter");
  await expect(segmentWith(first, SEGMENT).getByText("Edited", { exact: true })).toBeVisible();

  const alert = segmentWith(second, SEGMENT).getByRole("alert");
  await expect(alert).toContainText("Someone else changed this segment");
  await expect(alert).toContainText("First editor's version of the sentence.");
  await expect(alert.locator("ins")).not.toHaveCount(0);
  await expect(secondEditor).toHaveValue("Second editor's version, written without seeing the first.");

  await alert.getByRole("button", { name: "Keep my text" }).click();
  await expect(segmentWith(second, SEGMENT).locator(".current-text")).toHaveText(
    "Second editor's version, written without seeing the first.",
  );
  await expect(segmentWith(first, SEGMENT).locator(".current-text")).toHaveText(
    "Second editor's version, written without seeing the first.",
  );
});

test("taking the other editor's text drops mine, and a save after it is no conflict", async ({ browser }) => {
  const [first, second] = await twoEditors(browser);
  const secondRow = segmentWith(second, SEGMENT);
  const secondEditor = await editSegment(secondRow);
  await secondEditor.fill("A version the second editor will give up.");

  const firstEditor = await editSegment(segmentWith(first, SEGMENT));
  await firstEditor.fill("The first editor's sentence, which both keep.");
  await firstEditor.press("Control+Enter");

  const alert = secondRow.getByRole("alert");
  await alert.getByRole("button", { name: "Take their text" }).click();
  await expect(alert).toHaveCount(0);
  await expect(secondEditor).toHaveValue("The first editor's sentence, which both keep.");
  await secondEditor.fill("The first editor's sentence, which both keep, polished.");
  await secondEditor.press("Control+Enter");
  await expect(secondRow.locator(".current-text")).toHaveText(
    "The first editor's sentence, which both keep, polished.",
  );
  await expect(secondRow.getByRole("alert")).toHaveCount(0);
  await expect(segmentWith(first, SEGMENT).locator(".current-text")).toHaveText(
    "The first editor's sentence, which both keep, polished.",
  );
});

test("a stale save found only at save time becomes the same choice, and merging by hand loses nothing", async ({
  browser,
}) => {
  const [first, second] = await twoEditors(browser, "en", false);
  const secondRow = segmentWith(second, SEGMENT);
  const secondEditor = await editSegment(secondRow);
  await secondEditor.fill("Russia also sent food and weapons technology.");

  const firstEditor = await editSegment(segmentWith(first, SEGMENT));
  await firstEditor.fill("Russia has also sent food, raw materials and weapons technology, dodging sanctions.");
  await firstEditor.press("Control+Enter");
  await expect(segmentWith(first, SEGMENT).getByText("Edited", { exact: true })).toBeVisible();
  await expect(secondRow.getByRole("alert")).toHaveCount(0);

  await secondEditor.press("Control+Enter");
  const alert = secondRow.getByRole("alert");
  await expect(alert).toContainText("Someone else changed this segment");
  await expect(secondEditor).toHaveValue("Russia also sent food and weapons technology.");
  await alert.getByRole("button", { name: "Merge by hand" }).click();
  await expect(secondRow.locator(".problem.reference")).toContainText("dodging sanctions");
  await secondEditor.fill(
    "Russia has also sent food, raw materials and weapons technology, dodging sanctions, and aid to its nuclear programme.",
  );
  await secondEditor.press("Control+Enter");
  await expect(secondRow.locator(".current-text")).toHaveText(
    "Russia has also sent food, raw materials and weapons technology, dodging sanctions, and aid to its nuclear programme.",
  );

  await secondRow.locator(".segment-meta").click();
  await second.keyboard.press("Alt+H");
  const history = second.getByRole("dialog", { name: /comments and history/ });
  await expect(history.locator(".history > li:not(.history-origin)")).toHaveCount(2);
  await expect(history.locator(".history > li:not(.history-origin)").last()).toContainText("dodging sanctions");
});

test("the conflict message is translated", async ({ browser }) => {
  const [first, second] = await twoEditors(browser, "ca");
  const sentence = "Ukrainian intelligence claims that nearly 50% of the Kremlin's army's ammunition is North Korean";
  const secondRow = segmentWith(second, sentence);
  await secondRow.locator(".segment-meta").click();
  await secondRow.getByRole("button", { name: "Edita" }).click();
  await secondRow.getByRole("textbox").fill("Segona versió.");

  const firstRow = segmentWith(first, sentence);
  await firstRow.locator(".segment-meta").click();
  await firstRow.getByRole("button", { name: "Edita" }).click();
  await firstRow.getByRole("textbox").fill("Primera versió.");
  await firstRow.getByRole("textbox").press("Control+Enter");

  await expect(secondRow.getByRole("alert")).toContainText("Algú altre ha canviat aquest segment");
  await expect(secondRow.getByRole("textbox")).toHaveValue("Segona versió.");
});
