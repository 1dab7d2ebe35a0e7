"use server";

import { z } from "zod";
import { wellFormedString } from "@/lib/text/well-formed";
import { runAction } from "@/lib/session/run-action";
import { readSessionToken } from "@/lib/session/session-cookie";
import { changePassword, updateProfile } from "@/lib/db/users/update-profile";
import { routing } from "@/lib/i18n/routing";
import { ok } from "@/lib/result";

export async function updateProfileAction(input: { name: string; locale: string | null }) {
  const schema = z.object({
    name: wellFormedString().trim().min(1).max(120),
    locale: z.enum(routing.locales).nullable(),
  });
  return runAction(schema, input, async (data, { db, user }) => {
    await updateProfile(db, user.id, data);
    return ok(true);
  });
}

export async function changePasswordAction(input: { current: string; next: string }) {
  return runAction(
    z.object({ current: wellFormedString().max(1000), next: wellFormedString().max(1000) }),
    input,
    async (data, { db, user }) => changePassword(db, user.id, { ...data, keepSessionToken: await readSessionToken() }),
  );
}
