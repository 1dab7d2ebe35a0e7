import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/accounts";
import { editSegment, openDemoArticle, saveAndLeave, segmentWith } from "../support/article-page";

test("an admin invites someone, changes their role, and deactivating them ends their session at once", async ({
  page,
  browser,
}) => {
  await page.goto("/en/admin/users");
  const invite = page.getByRole("form", { name: "Invite someone" });
  await invite.getByLabel("Name").fill("Nuria Nova");
  await invite.getByLabel("Email").fill("nuria@example.test");
  await invite.getByLabel("Role").selectOption("translator");
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.locator(".invite-link").textContent();
  expect(link).toMatch(/\/en\/invite\/[\w-]+$/);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await invite.getByRole("button", { name: "Copy link" }).click();
  await expect(invite.getByText("Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const pending = page.getByRole("region", { name: "Pending invitations" });
  await expect(pending.getByRole("row").filter({ hasText: "nuria@example.test" })).toContainText("translator");

  const newcomer = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await newcomer.goto(link ?? "");
  await expect(newcomer.getByText("You were invited as nuria@example.test")).toBeVisible();
  await newcomer.getByLabel("Password", { exact: true }).fill("nuria's own password");
  await newcomer.getByLabel("Password again").fill("nuria's own password");
  await newcomer.getByRole("button", { name: "Join" }).click();
  await expect(newcomer.getByRole("navigation", { name: "Account" })).toContainText("Nuria Nova (translator)");
  // Nothing assigned yet: the home page says how work reaches a newcomer.
  await expect(newcomer.locator(".empty-state")).toHaveText(
    "No article is assigned to you yet. An admin assigns each article to the people who work on it; once you are assigned one, it shows here and in My queue.",
  );

  await page.reload();
  // Accepted, the invitation is no longer pending.
  await expect(pending.getByRole("row").filter({ hasText: "nuria@example.test" })).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: "nuria@example.test" });
  await row.getByLabel("Role of Nuria Nova").selectOption("editor");
  await expect(page.getByRole("row").filter({ hasText: "nuria@example.test" }).getByRole("cell").nth(1)).toHaveText(
    "editor",
  );
  await newcomer.reload();
  await expect(newcomer.getByRole("navigation", { name: "Account" })).toContainText("Nuria Nova (editor)");

  await page
    .getByRole("row")
    .filter({ hasText: "nuria@example.test" })
    .getByRole("button", { name: "Deactivate" })
    .click();
  await expect(page.getByRole("row").filter({ hasText: "nuria@example.test" })).toContainText("Deactivated");
  await newcomer.goto("/en/queue");
  await expect(newcomer).toHaveURL(/\/en\/sign-in/);

  await page.goto("/en/admin/activity");
  await expect(page.getByRole("table")).toContainText("Invited · Nuria Nova <nuria@example.test>");
  await expect(page.getByRole("table")).toContainText("Changed a role");
  await expect(page.getByRole("table")).toContainText("Deactivated");
  await page.getByLabel("Person").selectOption({ label: "Nuria Nova" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("table")).toContainText("Joined");
  await expect(page.getByRole("table")).not.toContainText("Invited");
});

test("an admin withdraws a pending invitation, and its link no longer works", async ({ page, browser }) => {
  await page.goto("/en/admin/users");
  const invite = page.getByRole("form", { name: "Invite someone" });
  const email = `withdrawn-${Date.now()}@example.test`;
  await invite.getByLabel("Name").fill("Wanda Withdrawn");
  await invite.getByLabel("Email").fill(email);
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.locator(".invite-link").textContent();
  const pending = page.getByRole("region", { name: "Pending invitations" });
  await pending.getByRole("button", { name: "Withdraw the invitation of Wanda Withdrawn" }).click();
  await expect(pending.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  await expect(pending.getByRole("heading", { name: "Pending invitations" })).toBeFocused();

  const stranger = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await stranger.goto(link ?? "");
  await expect(stranger.getByText("This invitation has expired or was already used.")).toBeVisible();
  await page.goto("/en/admin/activity");
  await expect(page.getByRole("table")).toContainText(`Withdrew an invitation · Wanda Withdrawn <${email}>`);
});

test("an editor rejects with a comment; the translator sees it in the row and the queue, answers and resolves it", async ({
  browser,
}) => {
  const editor = await (await browser.newContext({ storageState: storageStateOf("editor") })).newPage();
  await openDemoArticle(editor);
  const sentence = "Some of these missiles are depicted in the exhibition";
  const row = segmentWith(editor, sentence);
  await row.locator(".segment-meta").click();
  await editor.keyboard.press("Alt+R");
  const reject = editor.getByRole("dialog", { name: /Reject segment/ });
  await reject.getByLabel("What needs to change?").fill("“Depicted” reads oddly: say “shown”.");
  await reject.getByRole("button", { name: "Reject" }).click();
  await expect(row.getByText("Rejected", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: "1 open comment" })).toBeVisible();

  const translator = await (await browser.newContext({ storageState: storageStateOf("translator") })).newPage();
  await translator.goto("/en/queue");
  const entry = translator.getByRole("listitem").filter({ hasText: "Beach hotels" });
  await expect(entry).toContainText("open comment");
  // The queue's count is what the link shows: new and rejected text, and segments with an open comment.
  const waiting = Number(/(\d+) segments? waits?/u.exec((await entry.textContent()) ?? "")?.[1]);
  await entry.getByRole("link").click();
  await expect(translator).toHaveURL(/\?status=waiting$/u);
  const forYou = translator.getByRole("button", { name: /^For you \d+$/ });
  await expect(forYou).toHaveAttribute("aria-pressed", "true");
  await expect(forYou).toHaveText(`For you ${waiting}`);
  await expect(translator.getByText(new RegExp(`^${waiting} of \\d+ shown$`, "u"))).toBeVisible();
  const mine = segmentWith(translator, sentence);
  await expect(mine.getByText("Rejected", { exact: true })).toBeVisible();

  // Filters live in the address: narrowed further, reloaded, they are all still there.
  await translator.getByRole("button", { name: /^Open comments/ }).click();
  await translator.getByRole("searchbox", { name: "Search the text" }).fill("missiles");
  await expect(translator).toHaveURL(/\?status=waiting&q=missiles&commented=1$/u);
  await translator.reload();
  await expect(forYou).toHaveAttribute("aria-pressed", "true");
  await expect(translator.getByRole("button", { name: /^Open comments/ })).toHaveAttribute("aria-pressed", "true");
  await expect(translator.getByRole("searchbox", { name: "Search the text" })).toHaveValue("missiles");
  await expect(translator.getByText(/^1 of \d+ shown$/u)).toBeVisible();
  // Away and Back: the filters come back with the address.
  await translator.getByRole("link", { name: "My queue" }).click();
  await expect(translator.getByRole("heading", { name: "My queue" })).toBeVisible();
  await translator.goBack();
  await expect(translator.getByRole("searchbox", { name: "Search the text" })).toHaveValue("missiles");
  await expect(translator.getByRole("button", { name: /^Open comments/ })).toHaveAttribute("aria-pressed", "true");
  await expect(translator.getByText(/^1 of \d+ shown$/u)).toBeVisible();
  await mine.getByRole("button", { name: "1 open comment" }).click();
  const thread = translator.getByRole("dialog", { name: /comments and history/ });
  await expect(thread.locator(".comment-body")).toHaveText("“Depicted” reads oddly: say “shown”.");
  await thread.getByLabel("Add to the thread").fill("Done: “shown”.");
  await thread.getByRole("button", { name: "Comment" }).click();
  await thread.getByRole("button", { name: "Resolve" }).first().click();
  await expect(thread.getByText("resolved by Tess Translator")).toBeVisible();
  await thread.getByRole("button", { name: "Close" }).click();
  await expect(mine.getByRole("button", { name: "1 open comment" })).toBeVisible();

  const editorRow = segmentWith(translator, sentence);
  await (
    await editSegment(editorRow)
  ).fill(
    "Some of these missiles are shown in the exhibition, which aims to highlight the country's military potential.",
  );
  await saveAndLeave(editorRow);
  await expect(editorRow.getByText("Edited", { exact: true })).toBeVisible();
});

test("the profile changes the name, the interface language and the password", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("translator") })).newPage();
  await page.goto("/en/profile");
  await page.getByLabel("Language of Galley").selectOption("ca");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/ca\/profile$/);
  await expect(page.getByRole("heading", { name: "El vostre perfil" })).toBeVisible();

  await page.getByLabel("Contrasenya actual").fill("not my password");
  await page.getByLabel("Contrasenya nova").fill("another long password");
  await page.getByRole("button", { name: "Canvia la contrasenya" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "La contrasenya actual no és correcta." })).toBeVisible();

  await page.getByLabel("Idioma de Galley").selectOption("");
  await page.getByRole("button", { name: "Desa" }).click();
  await expect(page.getByRole("status")).toHaveText("Desat.");
});
