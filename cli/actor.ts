import type { Database } from "../lib/db/connect";
import { listUsers } from "../lib/db/users/list-users";
import { errorMessage } from "./error-message";
import { InputError } from "./input-error";

/** The Galley account `--as EMAIL` names, for the record; none without the option. */
export async function actorFor(database: Database, email: string | undefined): Promise<number | null> {
  if (email === undefined) return null;
  const wanted = email.trim().toLowerCase();
  const user = (await listUsers(database.db)).find((candidate) => candidate.email === wanted);
  if (!user) throw new InputError(`--as ${email}: ${errorMessage({ code: "userNotFound" })}`, false);
  if (user.deactivatedAt) throw new InputError(`--as ${email}: that account is deactivated`, false);
  return user.id;
}
