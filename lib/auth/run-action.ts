import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { fail, type ErrorCode, type Failure, type Result } from "@/lib/result";
import { getCurrentUser, type CurrentUser } from "./current-user";

export interface ActionContext {
  db: Db;
  user: CurrentUser;
}

/**
 * Every server action's transport: parse the input, find out who is asking (refusing
 * anyone signed out), then let the handler check what they may do and call the lib.
 */
export async function runAction<S extends z.ZodType, T, F extends Failure<ErrorCode, unknown>>(
  schema: S,
  input: unknown,
  handler: (input: z.output<S>, context: ActionContext) => Promise<Result<T, F>>,
): Promise<Result<T, F | Failure<"invalidInput"> | Failure<"signedOut">>> {
  const user = await getCurrentUser();
  if (!user) return fail("signedOut");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("invalidInput");
  return handler(parsed.data, { db: await getDb(), user });
}

/** Like `runAction`, for the few actions a signed-out visitor may call (sign-in, set-up, invitations). */
export async function runPublicAction<S extends z.ZodType, T, F extends Failure<ErrorCode, unknown>>(
  schema: S,
  input: unknown,
  handler: (input: z.output<S>, context: { db: Db }) => Promise<Result<T, F>>,
): Promise<Result<T, F | Failure<"invalidInput">>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("invalidInput");
  return handler(parsed.data, { db: await getDb() });
}
