import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { fail, type ErrorCode, type Failure, type Result } from "@/lib/result";

export interface ActionContext {
  db: Db;
  user: CurrentUser;
}

/** Every server action's transport: parse the input, find out who is asking, call the lib. */
export async function runAction<S extends z.ZodType, T, F extends Failure<ErrorCode, unknown>>(
  schema: S,
  input: unknown,
  handler: (input: z.output<S>, context: ActionContext) => Promise<Result<T, F>>,
): Promise<Result<T, F | Failure<"invalidInput">>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("invalidInput");
  const db = await getDb();
  const user = await getCurrentUser(db);
  return handler(parsed.data, { db, user });
}
