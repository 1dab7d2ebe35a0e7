import "server-only";
import { CLIENT_ADDRESS_ENV, CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { cookies, headers } from "next/headers";
import { SESSION_COOKIE } from "./session-cookie-name";

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Secure only over https, so that a plain-http localhost install still signs in. */
async function servedOverHttps(): Promise<boolean> {
  const forwarded = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded === "https" || process.env.GALLEY_HTTPS === "1";
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await servedOverHttps(),
    path: "/",
    expires: expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/**
 * The client's address, for limiting sign-in attempts: the one Galley's server worked out
 * (scripts/serve.ts). Under `next dev` there is none but Next's X-Forwarded-For, which a
 * client can set; that is good enough on a developer's machine.
 */
export async function clientAddress(): Promise<string> {
  const all = await headers();
  if (process.env[CLIENT_ADDRESS_ENV] === "1") return all.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  return all.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}
