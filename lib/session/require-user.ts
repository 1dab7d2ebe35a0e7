import "server-only";
import { redirect } from "next/navigation";
import type { Action } from "../auth/permissions";
import { mayEver } from "../auth/permissions";
import { getCurrentUser, type CurrentUser } from "./current-user";

/** For pages behind sign-in: the user, or a redirect to the sign-in page. */
export async function requireUser(locale: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in`);
  return user;
}

/** For pages of one role's: the user if their role may ever do `action`, else a redirect home. */
export async function requirePermission(locale: string, action: Action): Promise<CurrentUser> {
  const user = await requireUser(locale);
  if (!mayEver(user, action)) redirect(`/${locale}`);
  return user;
}
