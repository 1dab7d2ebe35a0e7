"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordIdSchema } from "@/lib/api/schemas";
import { wellFormedString } from "@/lib/text/well-formed";
import { can, ROLES } from "@/lib/auth/permissions";
import { runAction } from "@/lib/session/run-action";
import { changeRole } from "@/lib/db/users/change-role";
import { inviteUser } from "@/lib/db/users/invite-user";
import { revokeInvitation } from "@/lib/db/users/revoke-invitation";
import { setUserActive } from "@/lib/db/users/set-user-active";
import { fail, ok } from "@/lib/result";

const id = recordIdSchema;

export async function inviteUserAction(input: { email: string; name: string; role: (typeof ROLES)[number] }) {
  const schema = z.object({
    email: wellFormedString().trim().toLowerCase().email().max(320),
    name: wellFormedString().trim().min(1).max(120),
    role: z.enum(ROLES),
  });
  return runAction(schema, input, async (data, { db, user }) => {
    if (!can(user, "users.manage")) return fail("forbidden");
    const result = await inviteUser(db, data, user.id);
    if (!result.ok) return result;
    revalidatePath("/[locale]/admin/users", "page");
    return ok({ path: `/invite/${result.value.token}` });
  });
}

export async function changeRoleAction(input: { userId: number; role: (typeof ROLES)[number] }) {
  return runAction(z.object({ userId: id, role: z.enum(ROLES) }), input, async (data, { db, user }) => {
    if (!can(user, "users.manage")) return fail("forbidden");
    const result = await changeRole(db, data, user.id);
    if (result.ok) revalidatePath("/[locale]/admin/users", "page");
    return result;
  });
}

export async function setUserActiveAction(input: { userId: number; active: boolean }) {
  return runAction(z.object({ userId: id, active: z.boolean() }), input, async (data, { db, user }) => {
    if (!can(user, "users.manage")) return fail("forbidden");
    const result = await setUserActive(db, data, user.id);
    if (result.ok) revalidatePath("/[locale]/admin/users", "page");
    return result;
  });
}

export async function revokeInvitationAction(input: { invitationId: string }) {
  // A token hash: 64 hex digits.
  const schema = z.object({ invitationId: z.string().regex(/^[0-9a-f]{64}$/u) });
  return runAction(schema, input, async (data, { db, user }) => {
    if (!can(user, "users.manage")) return fail("forbidden");
    const result = await revokeInvitation(db, data.invitationId, user.id);
    // Gone already (accepted or withdrawn by someone else): the list is stale either way.
    revalidatePath("/[locale]/admin/users", "page");
    return result;
  });
}
