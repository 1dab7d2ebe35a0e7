import "server-only";
import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { fail, type ErrorCode, type Failure, type Result } from "@/lib/result";
import { malformedTextIssue } from "@/lib/text/well-formed";
import type { Action } from "@/lib/auth/permissions";
import {
  permitTarget,
  type AccessFailure,
  type AccessTarget,
  type MissingTarget,
} from "@/lib/db/articles/article-access";
import { getCurrentUser, type CurrentUser } from "./current-user";

type InputFailure = Failure<"invalidInput"> | Failure<"textMalformed">;

/**
 * Input the schema refused: text Galley cannot store has its own code, so that the person is told what is
 * wrong with it.
 */
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

/** Who may do what to which thing, for `runActionOn`: the target is read from the parsed input. */
export interface ActionGuard<I> {
  target(input: I): AccessTarget;
  action: Action;
}

/**
 * `runAction` for an action on something in an article: after parsing, the target is found
 * and the person's permission for `guard.action` on its article checked, so that each
 * action states its rule once; the handler learns the article's id.
 */
export async function runActionOn<S extends z.ZodType, T, F extends Failure<ErrorCode, unknown>>(
  schema: S,
  input: unknown,
  guard: ActionGuard<z.output<S>>,
  handler: (input: z.output<S>, context: ActionContext & { articleId: number }) => Promise<Result<T, F>>,
): Promise<Result<T, F | AccessFailure | MissingTarget | InputFailure | Failure<"signedOut">>> {
  return runAction(schema, input, async (data, context): Promise<Result<T, F | AccessFailure | MissingTarget>> => {
    const permitted = await permitTarget(context.db, context.user, guard.target(data), guard.action);
    if (!permitted.ok) return permitted;
    return handler(data, { ...context, articleId: permitted.value.articleId });
  });
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
