import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/accounts";
import { captureAction, editSegment, importArticle, segmentWith } from "../support/article-page";

test.use({ storageState: { cookies: [], origins: [] } });

test("a signed-out visitor is sent to sign in, and comes back where they were going", async ({ page }) => {
  await page.goto("/en/queue");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fqueue$/);
  await page.getByLabel("Email").fill("editor@galley.local");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/queue$/);
  await expect(page.getByRole("heading", { name: "My queue" })).toBeVisible();
});

test("a wrong email and a wrong password get the same answer", async ({ page }) => {
  const answerFor = async (email: string, password: string) => {
    await page.goto("/en/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /./ }).last();
    await expect(alert).toBeVisible();
    return alert.textContent();
  };
  const wrongPassword = await answerFor("translator@galley.local", "not the password");
  const wrongEmail = await answerFor("nobody-here@galley.local", DEMO_PASSWORD);
  expect(wrongPassword).toBe("That email and password don't match an account.");
  expect(wrongEmail).toBe(wrongPassword);
});

test("repeated failures for one account are stopped, with a clear message", async ({ page }) => {
  await page.goto("/en/sign-in");
  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password");
  await email.fill("someone-guessed@galley.local");
  for (let attempt = 0; attempt < 5; attempt++) {
    await password.fill(`guess ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "don't match" })).toBeVisible();
  }
  await password.fill("guess 6");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many failed sign-ins" })).toBeVisible();
});

test("signed out, the API and the server actions refuse, and sign-out ends the session", async ({ page, request }) => {
  const exportResponse = await request.get("/api/articles/1/export?format=md");
  expect(exportResponse.status()).toBe(401);
  expect(await exportResponse.json()).toMatchObject({ error: { code: "signedOut" } });
  expect((await request.get("/api/articles/1/events")).status()).toBe(401);
  const upload = await request.post("/api/articles/import?fileName=a.txt&targetLang=en", { data: "A headline\n\nA paragraph." });
  expect(upload.status()).toBe(401);
  expect((await request.get("/api/v1/articles")).status()).toBe(401);

  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill("admin@galley.local");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/en$/);
  expect((await page.request.get("/api/articles/1/export?format=md")).status()).toBe(200);
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === "galley_session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // A save the admin makes while signed in, to replay once the session has ended.
  await importArticle(page, "A headline\n\nA paragraph to edit.", "signed-out.txt");
  const row = segmentWith(page, "A paragraph to edit.");
  const editor = await editSegment(row);
  await editor.fill("A paragraph, edited.");
  const save = await captureAction(page, () => editor.press("Control+Enter"));
  await expect(row.getByText("Edited", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/sign-in/);
  // The old cookie no longer opens anything, even if a browser kept it.
  await page.context().addCookies([{ ...session!, expires: -1 }]);
  expect((await page.request.get("/api/articles/1/export?format=md")).status()).toBe(401);
  const cookie = (await page.context().cookies()).map((each) => `${each.name}=${each.value}`).join("; ");
  const replayed = await page.request.post(save.url, { headers: { ...save.headers, cookie }, data: save.body });
  expect(await replayed.text()).toContain('"code":"signedOut"');
});
