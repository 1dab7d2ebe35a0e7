import type messages from "../../messages/en.json";

/**
 * A message under `Errors`: every ErrorCode (messages.test.ts checks), and a few the screens add, such as
 * "unexpected".
 */
export type ErrorKey = keyof (typeof messages)["Errors"];

/** The `Errors` namespace's translator, as `useTranslations("Errors")` and `getTranslations(…"Errors")` give it. */
type ErrorsTranslator = (key: ErrorKey, values?: never) => string;

export type ErrorValues = Record<string, string | number | Date | null | undefined>;

/**
 * An error code's message with its values. TypeScript cannot pair a union of codes with each
 * one's placeholders, so this is the one place that lets the values through unchecked;
 * messages/messages.test.ts checks that every code has a message in every language.
 */
export function errorText(t: ErrorsTranslator, code: ErrorKey, values?: ErrorValues): string {
  return t(code, values as never);
}
