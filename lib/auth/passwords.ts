import { hash, verify } from "@node-rs/argon2";
import { fail, ok, type Failure, type Result } from "../result";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export type PasswordFailure =
  Failure<"passwordTooShort", { min: number }> | Failure<"passwordTooLong", { max: number }>;

export function checkPassword(password: string): Result<string, PasswordFailure> {
  if (password.length < MIN_PASSWORD_LENGTH) return fail("passwordTooShort", { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return fail("passwordTooLong", { max: MAX_PASSWORD_LENGTH });
  return ok(password);
}

/** argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when the account does not exist takes as long as a real check.
const DECOY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$yJ3WkDlnD2xY0YW2P5mxcD7Y4mKEY2p2NTsS0Yx2G1o";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? DECOY_HASH, password.slice(0, MAX_PASSWORD_LENGTH));
  } catch {
    return false;
  }
}
