import "server-only";
import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { fail, type ErrorCode, type Failure, type Result } from "@/lib/result";
import { malformedTextIssue } from "@/lib/text/well-formed";
import { getCurrentUser, type CurrentUser } from "./current-user";

type InputFailure = Failure<"invalidInput"> | Failure<"textMalformed">;

/** Input the schema refused: text Galley cannot store has its own code, so that the person is told what is wrong with it. */
function refused(error: z.ZodError): InputFailure {
  return malformedTextIssue(error) ? fail("textMalformed") : fail("invalidInput");
}

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
): Promise<Result<T, F | InputFailure | Failure<"signedOut">>> {
  const user = await getCurrentUser();
  if (!user) return fail("signedOut");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(parsed.error);
  return handler(parsed.data, { db: await getDb(), user });
}

/** Like `runAction`, for the few actions a signed-out visitor may call (sign-in, set-up, invitations). */
export async function runPublicAction<S extends z.ZodType, T, F extends Failure<ErrorCode, unknown>>(
  schema: S,
  input: unknown,
  handler: (input: z.output<S>, context: { db: Db }) => Promise<Result<T, F>>,
): Promise<Result<T, F | InputFailure>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(parsed.error);
  return handler(parsed.data, { db: await getDb() });
}
