"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { runAction } from "@/lib/session/run-action";
import { changeCheckSetting } from "@/lib/db/checks/change-check-setting";
import { SEVERITIES } from "@/lib/db/checks/check-settings";
import type { Severity } from "@/lib/checks/types";
import { fail } from "@/lib/result";

export async function changeCheckSettingAction(input: { check: string; enabled: boolean; severity: Severity | null }) {
  const schema = z.object({
    check: z.string().min(1).max(64),
    enabled: z.boolean(),
    severity: z.enum(SEVERITIES).nullable(),
  });
  return runAction(schema, input, async (data, { db, user }) => {
    // The admins who manage people manage the instance's checks too.
    if (!can(user, "users.manage")) return fail("forbidden");
    const result = await changeCheckSetting(db, data, user.id);
    if (result.ok) revalidatePath("/[locale]/admin/checks", "layout");
    return result;
  });
}
