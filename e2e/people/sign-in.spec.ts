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

test("after a few failures an account waits a little longer each time, and the right password then signs in", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill("translator@galley.local");
  const password = page.getByLabel("Password");
  const alert = page.locator("form").getByRole("alert");
  /** Submits the form and returns the alert it answered with, once the server has answered. */
  const submit = async (value: string) => {
    await password.fill(value);
    const answered = page.waitForResponse(
      (response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]),
    );
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    return (await alert.textContent()) ?? "";
  };
  const waitOf = (text: string) =>
    Number(/^Too many failed sign-ins\. Try again in (\d+) seconds?\.$/.exec(text)?.[1] ?? 0);

  // The first failures cost nothing (an earlier test spent one); then each wait is waited out, until one is long.
  const waits: number[] = [];
  let plainFailures = 0;
  for (let attempt = 0; attempt < 12 && (waits.at(-1) ?? 0) < 4; attempt++) {
    const answer = await submit(`guess ${attempt}`);
    if (waits.length === 0 && answer === "That email and password don't match an account.") plainFailures++;
    const seconds = waitOf(answer);
    if (seconds > 0) {
      waits.push(seconds);
      if (seconds < 4) await page.waitForTimeout(seconds * 1000);
    }
  }
  expect(plainFailures).toBeGreaterThanOrEqual(2);
  expect(waits.at(-1)).toBeGreaterThanOrEqual(4);
  expect(waits.at(-1)).toBeLessThanOrEqual(60);

  // During the wait even the right password is turned away, so that waiting can't be skipped by guessing.
  const refused = await submit(DEMO_PASSWORD);
  expect(waitOf(refused)).toBeGreaterThan(0);
  await expect(page).toHaveURL(/\/en\/sign-in/);

  // No lock: once the wait has passed, the right password signs in.
  await page.waitForTimeout(waitOf(refused) * 1000 + 300);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/en$/);
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Tess Translator");
});

for (const next of [
  "/%5Cevil.example/",
  "/%09/evil.example/",
  "/%5C%5Cevil.example/",
  "//evil.example/",
  "https://evil.example/",
  "/.//evil.example/",
]) {
  test(`signing in with next=${next} stays on Galley`, async ({ page, baseURL }) => {
    // Should the browser be sent away, this stands in for the other site instead of the closed network.
    await page.route(
      (url) => url.hostname === "evil.example",
      (route) => route.fulfill({ contentType: "text/html", body: "<h1>Somewhere else</h1>" }),
    );
    await page.goto(`/en/sign-in?next=${next}`);
    await page.getByLabel("Email").fill("editor@galley.local");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Eli Editor");
  });
}

test("signed out, the API and the server actions refuse, and sign-out ends the session", async ({ page, request }) => {
  const exportResponse = await request.get("/api/articles/1/export?format=md");
  expect(exportResponse.status()).toBe(401);
  expect(await exportResponse.json()).toMatchObject({ error: { code: "signedOut" } });
  expect((await request.get("/api/articles/1/events")).status()).toBe(401);
  const upload = await request.post("/api/articles/import?fileName=a.txt&targetLang=en", {
    data: "A headline\n\nA paragraph.",
  });
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
