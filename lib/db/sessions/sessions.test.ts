import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../auth/passwords";
import type { Database } from "../connect";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { setUserActive } from "../users/set-user-active";
import { createSession, SESSION_DAYS } from "./create-session";
import { endSession } from "./end-session";
import { findSessionUser } from "./find-session-user";
import { MAX_FAILURES_PER_ACCOUNT, signIn } from "./sign-in";

describe.each(TEST_DATABASES)("sessions and sign-in on %s", (kind) => {
  let database: Database;
  let userId: number;
  let adminId: number;
  const email = `ines-${kind}@example.test`;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const passwordHash = await hashPassword("correct horse battery");
    userId = (await database.db.user.create({ data: { name: "Inès", email, role: "translator", passwordHash } })).id;
    adminId = (await database.db.user.create({ data: { name: "Root", email: `root-${kind}@example.test`, role: "admin", passwordHash } })).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  it("signs in with the right password, case-insensitively on the email, and stores only the token's hash", async () => {
    const result = await signIn(database.db, { email: `  ${email.toUpperCase()} `, password: "correct horse battery", address: "10.0.0.1" });
    if (!result.ok) throw new Error(result.code);
    expect(result.value.user).toMatchObject({ id: userId, role: "translator" });
    expect(await database.db.session.count({ where: { tokenHash: result.value.token } })).toBe(0);
    expect(await findSessionUser(database.db, result.value.token)).toMatchObject({ id: userId, email });
  });

  it("gives the same answer for a wrong password and for an email no one has", async () => {
    const wrongPassword = await signIn(database.db, { email, password: "wrong", address: "10.0.0.2" });
    const noSuchEmail = await signIn(database.db, { email: "nobody@example.test", password: "correct horse battery", address: "10.0.0.2" });
    expect(wrongPassword).toEqual({ ok: false, code: "signInFailed", details: undefined });
    expect(noSuchEmail).toEqual(wrongPassword);
  });

  it("limits failures per account, even for the right password afterwards", async () => {
    const target = `limited-${kind}@example.test`;
    await database.db.user.create({ data: { name: "Limited", email: target, role: "translator", passwordHash: await hashPassword("right password 123") } });
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt++) {
      expect(await signIn(database.db, { email: target, password: "nope", address: `10.1.0.${attempt}` })).toMatchObject({ code: "signInFailed" });
    }
    expect(await signIn(database.db, { email: target, password: "right password 123", address: "10.1.1.1" })).toMatchObject({ ok: false, code: "tooManyAttempts" });
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect(await signIn(database.db, { email: target, password: "right password 123", address: "10.1.1.1" }, later)).toMatchObject({ ok: true });
  });

  it("limits failures per address across accounts", async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      await signIn(database.db, { email: `guess-${attempt}@example.test`, password: "x", address: "10.9.9.9" });
    }
    expect(await signIn(database.db, { email, password: "correct horse battery", address: "10.9.9.9" })).toMatchObject({ ok: false, code: "tooManyAttempts" });
    expect(await signIn(database.db, { email, password: "correct horse battery", address: "10.9.9.10" })).toMatchObject({ ok: true });
  });

  it("lets sessions expire, and ends them on sign-out", async () => {
    const now = new Date();
    const { token, expiresAt } = await createSession(database.db, userId, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(SESSION_DAYS * 86_400_000);
    expect(await findSessionUser(database.db, token, new Date(expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await findSessionUser(database.db, token, new Date(expiresAt.getTime() + 1000))).toBeNull();
    await endSession(database.db, token);
    expect(await findSessionUser(database.db, token, now)).toBeNull();
  });

  it("ends every session of a deactivated user at once, and refuses their sign-in", async () => {
    const { token } = await createSession(database.db, userId);
    expect(await setUserActive(database.db, { userId, active: false }, adminId)).toMatchObject({ ok: true });
    expect(await findSessionUser(database.db, token)).toBeNull();
    expect(await database.db.session.count({ where: { userId } })).toBe(0);
    expect(await signIn(database.db, { email, password: "correct horse battery", address: "10.0.0.3" })).toMatchObject({ code: "signInFailed" });
    await setUserActive(database.db, { userId, active: true }, adminId);
    expect(await signIn(database.db, { email, password: "correct horse battery", address: "10.0.0.3" })).toMatchObject({ ok: true });
  });
});
