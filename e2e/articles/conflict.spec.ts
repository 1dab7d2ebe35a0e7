import { expect, test } from "@playwright/test";
import { openDemoArticle, segmentWith } from "../support/article-page";

const SEGMENT = "Russia has also sent Pyongyang food, raw materials, and weapons technology";

test("a stale save keeps the second editor's text on screen and shows the first editor's", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await Promise.all([openDemoArticle(first), openDemoArticle(second)]);

  const firstEditor = segmentWith(first, SEGMENT).getByRole("textbox");
  await firstEditor.fill("First editor's version of the sentence.");
  await firstEditor.press("Control+Enter");
  await expect(segmentWith(first, SEGMENT).getByText("Edited", { exact: true })).toBeVisible();

  const secondRow = segmentWith(second, SEGMENT);
  const secondEditor = secondRow.getByRole("textbox");
  await secondEditor.fill("Second editor's version, written without seeing the first.");
  await secondEditor.press("Control+Enter");

  const alert = secondRow.getByRole("alert");
  await expect(alert).toContainText("Someone else changed this segment");
  await expect(alert).toContainText("First editor's version of the sentence.");
  await expect(secondEditor).toHaveValue("Second editor's version, written without seeing the first.");

  await alert.getByRole("button", { name: "Keep my text" }).click();
  await expect(alert).toBeHidden();
  await first.reload();
  await expect(segmentWith(first, SEGMENT).getByRole("textbox")).toHaveValue("Second editor's version, written without seeing the first.");

  await Promise.all([first.close(), second.close()]);
});

test("the conflict message is translated", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await Promise.all([openDemoArticle(first, "ca"), openDemoArticle(second, "ca")]);
  const sentence = "Ukrainian intelligence claims that nearly 50% of the Kremlin's army's ammunition is North Korean";

  const firstEditor = segmentWith(first, sentence).getByRole("textbox");
  await firstEditor.fill("Primera versió.");
  await firstEditor.press("Control+Enter");
  await expect(segmentWith(first, sentence).getByText("Editat", { exact: true })).toBeVisible();

  const secondEditor = segmentWith(second, sentence).getByRole("textbox");
  await secondEditor.fill("Segona versió.");
  await secondEditor.press("Control+Enter");
  await expect(segmentWith(second, sentence).getByRole("alert")).toContainText("Algú altre ha canviat aquest segment");
  await expect(secondEditor).toHaveValue("Segona versió.");

  await Promise.all([first.close(), second.close()]);
});
