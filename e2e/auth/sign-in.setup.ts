import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, signIn, storageStateOf, type AccountRole } from "../support/accounts";

for (const role of Object.keys(ACCOUNTS) as AccountRole[]) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[role].email, DEMO_PASSWORD);
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText(ACCOUNTS[role].name);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
