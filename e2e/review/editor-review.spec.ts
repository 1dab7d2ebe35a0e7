import { expect, test } from "@playwright/test";
import { assignTo, editSegment, importArticle, openAs, saveAndLeave, segmentWith } from "../support/article-page";

test("an editor filters the edited segments, reviews their diffs, approves, rejects with a comment and bulk-approves the rest", async ({
  page: admin,
  browser,
}) => {
  const url = await importArticle(admin);
  await assignTo(admin, ["Tess Translator", "Eli Editor"]);
  const translator = await openAs(browser, "translator", url);
  const edits: [string, string][] = [
    [
      "North Korea has also become Vladimir Putin's main arms supplier",
      "North Korea has also become Vladimir Putin's main supplier of arms for the war.",
    ],
    ["Furthermore, Kyiv asserts that", "Kyiv also says that North Korean missiles have hit Ukrainian cities."],
    [
      "Some of these missiles are depicted",
      "The exhibition shows some of these missiles, to highlight the country's military might.",
    ],
    [
      "In exchange for supporting Moscow",
      "In exchange for its support, the regime has reportedly received more than 17 billion euros.",
    ],
  ];
  for (const [machine, edited] of edits) {
    const row = segmentWith(translator, machine);
    await (await editSegment(row)).fill(edited);
    await saveAndLeave(row);
  }

  const page = await openAs(browser, "editor", url);

  await page.getByRole("button", { name: /^Edited 4$/ }).click();
  await expect(page.getByText("4 of 38 shown")).toBeVisible();
  const rows = page.getByRole("list", { name: "Segments" }).getByRole("listitem");
  await expect(rows).toHaveCount(4);
  await expect(rows.first().locator(".segment-mt del")).not.toHaveCount(0);
  await expect(rows.first().locator(".current-text ins")).not.toHaveCount(0);

  const first = segmentWith(page, "North Korea has also become Vladimir Putin's main arms supplier");
  await first.locator(".segment-meta").click();
  await first.getByRole("button", { name: "Approve" }).click();
  await expect(first).toHaveCount(0);
  await expect(page.getByText("3 of 38 shown")).toBeVisible();

  const second = segmentWith(page, "Furthermore, Kyiv asserts that");
  await second.locator(".segment-meta").click();
  await second.getByRole("button", { name: "Reject" }).click();
  const dialog = page.getByRole("dialog", { name: /Reject segment/ });
  await expect(dialog.getByRole("button", { name: "Reject" })).toBeDisabled();
  await dialog
    .getByRole("textbox", { name: "What needs to change?" })
    .fill("Keep “asserts”: it is a claim, not a fact.");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("button", { name: /^Rejected 1$/ })).toBeVisible();

  await page.getByRole("button", { name: /^All 38$/ }).click();
  await page.getByRole("button", { name: "Approve ready…" }).click();
  const bulk = page.getByRole("dialog", { name: "Approve the segments that are ready" });
  await expect(bulk.getByText("2 segments are ready.")).toBeVisible();
  await expect(bulk.getByRole("listitem")).toHaveCount(2);
  await bulk.getByRole("button", { name: "Approve 2 segments" }).click();
  await expect(bulk).toBeHidden();
  await expect(page.getByText("3 of 34 segments approved")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Approved 3$/ })).toBeVisible();

  const rejected = segmentWith(page, "Furthermore, Kyiv asserts that");
  await rejected.locator(".segment-meta").click();
  await rejected.getByRole("button", { name: "Comments and history" }).click();
  await expect(page.getByRole("dialog", { name: /comments and history/ })).toContainText(
    "Keep “asserts”: it is a claim, not a fact.",
  );
});
