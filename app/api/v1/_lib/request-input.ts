import "server-only";
import type { z } from "zod";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { idPathSchema } from "@/lib/api/schemas";
import { fail, ok, type Failure, type Result } from "@/lib/result";
import { malformedTextIssue } from "@/lib/text/well-formed";

// A JSON body holds at most a segment's text (10,000 characters) and a comment.
const MAX_JSON_BYTES = 256 * 1024;

export type InputFailure =
  Failure<"invalidInput", { path: string; problem: string } | undefined> | Failure<"textMalformed", { path: string }>;

function invalid(error: z.ZodError): InputFailure {
  const malformed = malformedTextIssue(error);
  if (malformed) return fail("textMalformed", { path: malformed.path.join(".") || "(root)" });
  const issue = error.issues[0];
  return fail("invalidInput", issue ? { path: issue.path.join(".") || "(root)", problem: issue.message } : undefined);
}

/** A path's numeric `{id}`. */
export function parseId(params: { id: string }): Result<number, InputFailure> {
  const parsed = idPathSchema.safeParse(params);
  return parsed.success ? ok(parsed.data.id) : invalid(parsed.error);
}

function isArraySchema(field: z.ZodType): boolean {
  const inner = field.def.type === "optional" ? (field.def as unknown as { innerType: z.ZodType }).innerType : field;
  return inner.def.type === "array";
}

/** Query parameters by the schema's keys; an array field takes repeated parameters and comma-separated lists. */
export function parseQuery<S extends z.ZodObject>(request: Request, schema: S): Result<z.output<S>, InputFailure> {
  const search = new URL(request.url).searchParams;
  const raw: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const values = search.getAll(key);
    if (values.length === 0) continue;
    raw[key] = isArraySchema(field as z.ZodType)
      ? values
          .flatMap((value) => value.split(","))
          .map((value) => value.trim())
          .filter(Boolean)
      : values.length === 1
        ? values[0]
        : values;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : invalid(parsed.error);
}

/** A JSON body, validated; a missing, oversized or malformed one is refused. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<Result<z.output<S>, InputFailure | Failure<"fileTooLarge", { size: number; maxBytes: number }>>> {
  const body = await readLimitedBody(request, MAX_JSON_BYTES);
  if (!body.ok)
    return body.code === "fileTooLarge"
      ? body
      : fail("invalidInput", { path: "(body)", problem: "The body is empty." });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body.value));
  } catch {
    return fail("invalidInput", { path: "(body)", problem: "The body is not valid JSON." });
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : invalid(parsed.error);
}
