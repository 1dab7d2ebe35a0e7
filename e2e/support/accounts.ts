import type { Page } from "@playwright/test";

/** The demo accounts' password in browser tests; `npm start` makes random ones otherwise. */
export const DEMO_PASSWORD = "e2e-demo-password";

export const ACCOUNTS = {
  admin: { email: "admin@galley.local", name: "Ada Admin" },
  editor: { email: "editor@galley.local", name: "Eli Editor" },
  translator: { email: "translator@galley.local", name: "Tess Translator" },
} as const;

export type AccountRole = keyof typeof ACCOUNTS;

/** Where the sign-in setup leaves each role's cookies, for `test.use({ storageState })`. */
export function storageStateOf(role: AccountRole): string {
  return `test-results/.auth/${role}.json`;
}

export async function signIn(page: Page, email: string, password: string, locale = "en"): Promise<void> {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "en" ? "Email" : /Correu|Correo/).fill(email);
  await page.getByLabel(locale === "en" ? "Password" : /Contrasenya|Contraseña/).fill(password);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : /Entra|Iniciar sesión/ }).click();
  await page.waitForURL((url) => !url.pathname.includes("/sign-in"));
}
