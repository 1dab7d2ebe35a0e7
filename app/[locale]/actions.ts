"use server";

import { z } from "zod";
import { wellFormedString } from "@/lib/text/well-formed";
import { getDb } from "@/lib/db/client";
import { createSession } from "@/lib/db/sessions/create-session";
import { endSession } from "@/lib/db/sessions/end-session";
import { signIn } from "@/lib/db/sessions/sign-in";
import { acceptInvitation } from "@/lib/db/users/accept-invitation";
import { createFirstAdmin } from "@/lib/db/users/create-first-admin";
import { ok } from "@/lib/result";
import { runPublicAction } from "@/lib/session/run-action";
import { clearSessionCookie, clientAddress, readSessionToken, setSessionCookie } from "@/lib/session/session-cookie";

const email = wellFormedString().trim().toLowerCase().email().max(320);
const password = wellFormedString().max(1000);
const name = wellFormedString().trim().min(1).max(120);

async function startSession(userId: number) {
  const { token, expiresAt } = await createSession(await getDb(), userId);
  await setSessionCookie(token, expiresAt);
}

/** Signs in; the answer for a wrong email and for a wrong password is the same. */
export async function signInAction(input: { email: string; password: string }) {
  return runPublicAction(
    z.object({ email: wellFormedString().trim().max(320), password }),
    input,
    async (data, { db }) => {
      const result = await signIn(db, { ...data, address: await clientAddress() });
      if (!result.ok) return result;
      await setSessionCookie(result.value.token, result.value.expiresAt);
      return ok({ locale: result.value.user.locale });
    },
  );
}

export async function signOutAction() {
  const token = await readSessionToken();
  if (token) await endSession(await getDb(), token);
  await clearSessionCookie();
  return ok(true);
}

/** On a server database with no one able to sign in: creates the first admin and signs them in. */
export async function createFirstAdminAction(input: { name: string; email: string; password: string }) {
  return runPublicAction(z.object({ name, email, password }), input, async (data, { db }) => {
    const result = await createFirstAdmin(db, data);
    if (!result.ok) return result;
    await startSession(result.value.userId);
    return ok(true);
  });
}

export async function acceptInvitationAction(input: { token: string; name: string; password: string }) {
  return runPublicAction(
    z.object({ token: wellFormedString().min(10).max(200), name, password }),
    input,
    async (data, { db }) => {
      const result = await acceptInvitation(db, data);
      if (!result.ok) return result;
      await startSession(result.value.userId);
      return ok(true);
    },
  );
}
