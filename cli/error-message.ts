import { createTranslator } from "next-intl";
import type { ErrorCode } from "../lib/result";
import messages from "../messages/en.json";

const translate = createTranslator({ locale: "en", messages, namespace: "Errors" });
type MessageValues = Parameters<typeof translate>[1];

/** The English message of an expected failure; its details (line and column, sizes…) fill the placeholders. */
export function errorMessage(failure: { code: ErrorCode; details?: unknown }): string {
  const values = typeof failure.details === "object" && failure.details !== null ? failure.details : undefined;
  return translate(failure.code, values as MessageValues);
}
