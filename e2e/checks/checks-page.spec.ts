import { expect, test, type Page } from "@playwright/test";
import { wilsonInterval } from "../../lib/db/checks/wilson-interval";
import { importArticle, openFinding, segmentWith } from "../support/article-page";

const FIGURES = ["raised", "open", "fixed", "resolved", "dismissed", "stale"] as const;
type Figures = Record<(typeof FIGURES)[number], number> & { precision: string };

/** One check's row on the Checks page, read as a reviewer would: its counts and its precision text. */
async function figuresOf(page: Page, name: string): Promise<Figures> {
  await page.goto("/en/admin/checks");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
  const cells = await row.getByRole("cell").allInnerTexts();
  // Precision, severity, then the counts in the order of the columns.
  const counts = Object.fromEntries(FIGURES.map((figure, index) => [figure, Number(cells[index + 2])])) as Record<
    (typeof FIGURES)[number],
    number
  >;
  return { ...counts, precision: (cells[0] ?? "").trim() };
}

/** The precision text the page must show for these counts: percent and 95% Wilson interval. */
function expectedPrecision(figures: Pick<Figures, "fixed" | "resolved" | "dismissed">): string {
  const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 }).format;
  const right = figures.fixed + figures.resolved;
  const decided = right + figures.dismissed;
  const interval = wilsonInterval(right, decided);
  if (!interval) return "none yet";
  return `${percent(right / decided)} (${percent(interval.low)}–${percent(interval.high)})`;
}

test("dismissing and fixing findings in the review screen changes the Checks page's precision", async ({ page }) => {
  const conjunctionBefore = await figuresOf(page, "Mistranslated conjunction");
  const fusedBefore = await figuresOf(page, "Fused words");
  expect(conjunctionBefore.precision).toBe(expectedPrecision(conjunctionBefore));

  const url = await importArticle(page, undefined, "checks-page.txt");
  const articleId = Number(/\/articles\/(\d+)$/u.exec(url)?.[1]);

  // Dismissing asks why; done here with the keyboard alone.
  const either = segmentWith(page, "Giving a precious life either Heroic fighters");
  await either.locator(".segment-meta").click();
  const mark = either.getByRole("button", { name: "“either”:" });
  await mark.focus();
  await page.keyboard.press("Enter");
  const popover = page.locator(".finding-popover:popover-open");
  await expect(popover).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(popover.getByRole("button", { name: "Dismiss" })).toBeFocused();
  await page.keyboard.press("Enter");
  const reasons = popover.getByRole("group", { name: "Why is it not a problem?" });
  await expect(reasons.getByRole("button", { name: "Correct as is" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(reasons.getByRole("button", { name: "A name" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(either.getByText("1 dismissed")).toBeVisible();

  const trench = segmentWith(page, "Another work, In the same trenchIt depicts");
  await (await openFinding(trench, "trenchIt")).getByRole("button", { name: "Replace with trench. It" }).click();
  await expect(trench.locator(".current-text")).toHaveText(/In the same trench\. It depicts/);

  // "Other" takes the reviewer's own words.
  const moscow = segmentWith(page, "MoscowThere is only one country");
  const fused = await openFinding(moscow, "MoscowThere");
  await fused.getByRole("button", { name: "Dismiss" }).click();
  await fused.getByRole("button", { name: "Other…" }).click();
  await fused.getByRole("textbox", { name: "Why, in a few words (optional)" }).fill("Our dateline style");
  await fused.getByRole("button", { name: "Dismiss as other" }).click();
  await expect(moscow.getByText("1 dismissed")).toBeVisible();

  const conjunction = await figuresOf(page, "Mistranslated conjunction");
  expect(conjunction).toMatchObject({
    dismissed: conjunctionBefore.dismissed + 1,
    fixed: conjunctionBefore.fixed,
    raised: conjunctionBefore.raised + 1,
  });
  expect(conjunction.precision).toBe(expectedPrecision(conjunction));
  expect(conjunction.precision).not.toBe(conjunctionBefore.precision);

  const fusedAfter = await figuresOf(page, "Fused words");
  expect(fusedAfter).toMatchObject({
    fixed: fusedBefore.fixed + 1,
    dismissed: fusedBefore.dismissed + 1,
    raised: fusedBefore.raised + 4,
  });
  expect(fusedAfter.precision).toBe(expectedPrecision(fusedAfter));
  expect(fusedAfter.precision).not.toBe(fusedBefore.precision);

  // The check's own page: why it was dismissed, and the example, linked to its segment.
  await page.getByRole("link", { name: "Mistranslated conjunction", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mistranslated conjunction");
  const named = await page
    .getByRole("region", { name: "Why findings were dismissed" })
    .getByRole("listitem")
    .filter({ hasText: "A name" })
    .innerText();
  expect(Number(/(\d+)\s*$/u.exec(named)?.[1])).toBeGreaterThanOrEqual(1);
  const example = page
    .getByRole("region", { name: "Dismissed most often" })
    .getByRole("listitem")
    .filter({ hasText: "either" });
  await expect(example).toContainText("last as “A name”");
  await example.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/en/articles/${articleId}#segment-\\d+$`, "u"));
  const target = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
  await expect(target).toContainText("Giving a precious life either Heroic fighters");
  await expect(target).toBeInViewport();
});

test("an admin lowers a check's severity and turns a check off for every article, and the activity log says so", async ({
  page,
}) => {
  await importArticle(page, undefined, "check-settings.txt");
  const articleUrl = page.url();

  await page.goto("/en/admin/checks/fused-words");
  const form = page.getByRole("form", { name: "For every article" });
  await form.getByRole("combobox", { name: "Severity" }).selectOption({ label: "Minor" });
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  try {
    await page.goto("/en/admin/checks");
    await expect(page.getByRole("row").filter({ hasText: "fused-words" })).toContainText("lowered from Major");

    // The review screen shows the lowered severity on the findings already there.
    await page.goto(articleUrl);
    const moscow = segmentWith(page, "MoscowThere is only one country");
    await expect(
      (await openFinding(moscow, "MoscowThere")).getByRole("listitem").filter({ hasText: "Fused words" }),
    ).toContainText("Minor");

    await page.goto("/en/admin/checks/lowercase-start");
    const off = page.getByRole("form", { name: "For every article" });
    await off.getByRole("checkbox", { name: "Run this check" }).uncheck();
    await off.getByRole("button", { name: "Save" }).click();
    await expect(off.getByRole("status")).toHaveText("Saved. Its findings were removed from every article.");
    await page.goto("/en/admin/checks");
    await expect(page.getByRole("row").filter({ hasText: "lowercase-start" })).toContainText("Off");
    await page.goto(articleUrl);
    await expect(
      segmentWith(page, "resort tourist, with").getByRole("button", { name: /“resort”:.*Lowercase/u }),
    ).toHaveCount(0);

    await page.goto("/en/admin/activity");
    const log = page.getByRole("table");
    // Checks are named in the reader's language, not by their ids.
    await expect(log.getByRole("row").filter({ hasText: "Changed a check's severity: Major → Minor" })).toContainText(
      "Fused words",
    );
    await expect(log.getByRole("row").filter({ hasText: "Turned a check off" })).toContainText(
      "Lowercase sentence start",
    );
  } finally {
    // Other specs count these checks' findings: put both back.
    await page.goto("/en/admin/checks/fused-words");
    const restore = page.getByRole("form", { name: "For every article" });
    await restore.getByRole("combobox", { name: "Severity" }).selectOption({ label: "Major (its own)" });
    await restore.getByRole("button", { name: "Save" }).click();
    await expect(restore.getByRole("status")).toHaveText("Saved.");
    await page.goto("/en/admin/checks/lowercase-start");
    const on = page.getByRole("form", { name: "For every article" });
    await on.getByRole("checkbox", { name: "Run this check" }).check();
    await on.getByRole("button", { name: "Save" }).click();
    await expect(on.getByRole("status")).toHaveText(/^Saved\. Checked \d+ articles? again\.$/u);
  }
  await page.goto(articleUrl);
  await expect(
    segmentWith(page, "resort tourist, with")
      .getByRole("button", { name: /“resort”:/u })
      .first(),
  ).toBeVisible();
});

test("the Checks page works in Catalan and Spanish, and by keyboard", async ({ page }) => {
  await page.goto("/ca/admin/checks");
  await expect(page.getByRole("heading", { level: 1, name: "Comprovacions" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Compte" }).getByRole("link", { name: "Comprovacions" }),
  ).toBeVisible();
  const table = page.getByRole("table").first();
  await expect(table.getByRole("columnheader", { name: "Precisió" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Resoltes d'una altra manera" })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "fused-words" })).toContainText("Paraules enganxades");
  await expect(page.getByText(/La precisió és la proporció d'observacions decidides/u)).toBeVisible();

  const link = page.getByRole("link", { name: "Paraules enganxades", exact: true });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ca\/admin\/checks\/fused-words$/u);
  await expect(
    page
      .getByRole("form", { name: "Per a tots els articles" })
      .getByRole("checkbox", { name: "Executa aquesta comprovació" }),
  ).toBeChecked();

  await page.goto("/es/admin/checks");
  await expect(page.getByRole("heading", { level: 1, name: "Comprobaciones" })).toBeVisible();
  await expect(page.getByRole("table").first().getByRole("columnheader", { name: "Descartadas" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "mistranslated-conjunction" })).toContainText(
    "Conjunción mal traducida",
  );
});
