import { expect, test, type Page } from "@playwright/test";

// A person of this test's own, so that changing a password ends no demo account's sessions.
const RUN = Date.now().toString(36);
const EMAIL = `pia-${RUN}@example.test`;
const FIRST_PASSWORD = "pia's first password";

async function join(page: Page, newcomer: Page): Promise<void> {
  await page.goto("/en/admin/users");
  const invite = page.getByRole("form", { name: "Invite someone" });
  await invite.getByLabel("Name").fill("Pia Password");
  await invite.getByLabel("Email").fill(EMAIL);
  await invite.getByLabel("Role").selectOption("translator");
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.locator(".invite-link").textContent();
  await newcomer.goto(link ?? "");
  await newcomer.getByLabel("Password", { exact: true }).fill(FIRST_PASSWORD);
  await newcomer.getByLabel("Password again").fill(FIRST_PASSWORD);
  await newcomer.getByRole("button", { name: "Join" }).click();
  await expect(newcomer.getByRole("navigation", { name: "Account" })).toContainText("Pia Password");
}

async function createToken(page: Page, name: string): Promise<string> {
  const section = page.getByRole("region", { name: "API tokens" });
  await section.getByRole("textbox", { name: "Name" }).fill(name);
  await section.getByRole("button", { name: "Create token" }).click();
  const secret = await section.getByRole("textbox", { name: "Token" }).inputValue();
  await section.getByRole("button", { name: "Done, I've saved it" }).click();
  return secret;
}

test("changing a password revokes the person's API tokens, and the profile says so before and after", async ({
  page,
  browser,
}) => {
  const newcomer = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await join(page, newcomer);
  await newcomer.goto("/en/profile");
  const passwordForm = newcomer.locator("form").filter({ has: newcomer.getByRole("heading", { name: "Password" }) });
  await expect(passwordForm).toContainText("Changing it also revokes your API tokens");

  const tokens = [await createToken(newcomer, "CMS sync"), await createToken(newcomer, "Nightly export")];
  const apiStatus = async (token: string) =>
    (await newcomer.request.get("/api/v1/articles", { headers: { authorization: `Bearer ${token}` } })).status();
  for (const token of tokens) expect(await apiStatus(token)).toBe(200);

  // A wrong current password changes nothing, tokens included.
  await passwordForm.getByLabel("Current password").fill("not my password");
  await passwordForm.getByLabel("New password").fill("pia's second password");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("alert")).toHaveText("Your current password is not right.");
  for (const token of tokens) expect(await apiStatus(token)).toBe(200);

  await passwordForm.getByLabel("Current password").fill(FIRST_PASSWORD);
  await passwordForm.getByLabel("New password").fill("pia's second password");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("status")).toHaveText(
    "Password changed. Your other sessions have ended. Your 2 active API tokens were revoked; make new ones for the scripts that used them.",
  );
  for (const token of tokens) expect(await apiStatus(token)).toBe(401);
  const list = newcomer.getByRole("table", { name: "Your tokens" });
  await expect(list.getByRole("row").filter({ hasText: "Revoked" })).toHaveCount(2);
  await newcomer.reload();
  await expect(list.getByRole("row").filter({ hasText: "Revoked" })).toHaveCount(2);

  // With no live token left, the next change says there were none.
  await passwordForm.getByLabel("Current password").fill("pia's second password");
  await passwordForm.getByLabel("New password").fill("pia's third password");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("status")).toHaveText(
    "Password changed. Your other sessions have ended. You had no active API tokens.",
  );
});

test("a name Galley cannot store is refused with a clear message, and the old one stays", async ({ page }) => {
  await page.goto("/en/profile");
  const details = page.locator("form").filter({ has: page.getByRole("heading", { name: "Details" }) });
  const name = details.getByLabel("Name");
  const before = await name.inputValue();
  await name.fill("Ada\u0000Admin");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(details.getByRole("alert")).toHaveText(/contains a NUL character or broken Unicode/);
  await page.reload();
  await expect(details.getByLabel("Name")).toHaveValue(before);
});
