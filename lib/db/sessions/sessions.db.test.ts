import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../auth/passwords";
import type { Database } from "../connect";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { setUserActive } from "../users/set-user-active";
import { createSession, SESSION_DAYS } from "./create-session";
import { endSession } from "./end-session";
import { findSessionUser } from "./find-session-user";
import { FIRST_DELAY_MS, FREE_FAILURES, MAX_DELAY_MS, signInDelayMs } from "../../auth/sign-in-delay";
import { ACCOUNT_SIEGE_FAILURES, MAX_FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_MS, signIn } from "./sign-in";

describe.each(TEST_DATABASES)("sessions and sign-in on %s", (kind) => {
  let database: Database;
  let userId: number;
  let adminId: number;
  const email = `ines-${kind}@example.test`;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const passwordHash = await hashPassword("correct horse battery");
    userId = (await database.db.user.create({ data: { name: "Inès", email, role: "translator", passwordHash } })).id;
    adminId = (
      await database.db.user.create({
        data: { name: "Root", email: `root-${kind}@example.test`, role: "admin", passwordHash },
      })
    ).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  it("signs in with the right password, case-insensitively on the email, and stores only the token's hash", async () => {
    const result = await signIn(database.db, {
      email: `  ${email.toUpperCase()} `,
      password: "correct horse battery",
      address: "10.0.0.1",
    });
    if (!result.ok) throw new Error(result.code);
    expect(result.value.user).toMatchObject({ id: userId, role: "translator" });
    expect(await database.db.session.count({ where: { tokenHash: result.value.token } })).toBe(0);
    expect(await findSessionUser(database.db, result.value.token)).toMatchObject({ id: userId, email });
  });

  it("gives the same answer for a wrong password and for an email no one has", async () => {
    const wrongPassword = await signIn(database.db, { email, password: "wrong", address: "10.0.0.2" });
    const noSuchEmail = await signIn(database.db, {
      email: "nobody@example.test",
      password: "correct horse battery",
      address: "10.0.0.2",
    });
    expect(wrongPassword).toEqual({ ok: false, code: "signInFailed", details: undefined });
    expect(noSuchEmail).toEqual(wrongPassword);
  });

  async function account(name: string, password = "right password 123"): Promise<string> {
    const target = `${name}-${kind}@example.test`;
    await database.db.user.create({
      data: { name, email: target, role: "editor", passwordHash: await hashPassword(password) },
    });
    return target;
  }
  const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

  it("lets the first failures pass, then makes the next attempt wait, and the right password after the wait signs in", async () => {
    const target = await account("delayed");
    const t0 = new Date("2031-03-01T09:00:00Z");
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) {
      expect(
        await signIn(database.db, { email: target, password: "nope", address: "10.1.1.1" }, at(t0, attempt)),
      ).toMatchObject({ code: "signInFailed" });
    }
    const last = at(t0, FREE_FAILURES - 1);
    // Within the delay even the right password is turned away, with the seconds left to wait.
    expect(
      await signIn(database.db, { email: target, password: "right password 123", address: "10.1.1.1" }, at(last, 400)),
    ).toEqual({
      ok: false,
      code: "tooManyAttempts",
      details: { seconds: 1 },
    });
    // That refusal neither counted as a failure nor moved the delay.
    expect(
      await signIn(
        database.db,
        { email: target, password: "right password 123", address: "10.1.1.1" },
        at(last, FIRST_DELAY_MS),
      ),
    ).toMatchObject({ ok: true });
  });

  it("doubles the wait with each failure in a row, up to the cap, and says how long each time", async () => {
    const target = await account("doubling");
    let now = new Date("2031-03-02T09:00:00Z");
    const waits: number[] = [];
    for (let failures = 1; failures <= FREE_FAILURES + 8; failures++) {
      expect(
        await signIn(database.db, { email: target, password: `guess ${failures}`, address: "10.2.0.1" }, now),
      ).toMatchObject({ code: "signInFailed" });
      if (failures >= FREE_FAILURES) {
        const next = await signIn(
          database.db,
          { email: target, password: "right password 123", address: "10.2.0.1" },
          at(now, 1),
        );
        if (next.ok || next.code !== "tooManyAttempts") throw new Error(`not delayed after ${failures} failures`);
        waits.push(next.details.seconds);
      }
      now = at(now, signInDelayMs(failures));
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("never slows the owner for a stranger's guesses: the stranger waits, the owner from elsewhere signs in", async () => {
    const target = await account("guessed");
    let now = new Date("2031-03-03T09:00:00Z");
    for (let attempt = 1; attempt < MAX_FAILURES_PER_ADDRESS; attempt++) {
      const result = await signIn(
        database.db,
        { email: target, password: `stranger ${attempt}`, address: "192.0.2.1" },
        now,
      );
      expect(result).toMatchObject({ code: "signInFailed" });
      now = at(now, signInDelayMs(attempt));
    }
    expect(
      await signIn(database.db, { email: target, password: "again", address: "192.0.2.1" }, at(now, -1)),
    ).toMatchObject({
      code: "tooManyAttempts",
    });
    expect(
      await signIn(
        database.db,
        { email: target, password: "right password 123", address: "198.51.100.7" },
        at(now, -1),
      ),
    ).toMatchObject({ ok: true });
  });

  it("slows an account besieged from many addresses to one attempt a minute for everyone, and then lets the owner in", async () => {
    const target = await account("besieged");
    const t0 = new Date("2031-03-03T12:00:00Z");
    for (let attempt = 0; attempt < ACCOUNT_SIEGE_FAILURES; attempt++) {
      const result = await signIn(
        database.db,
        { email: target, password: `bot ${attempt}`, address: `192.0.2.${attempt}` },
        at(t0, attempt),
      );
      expect(result).toMatchObject({ code: "signInFailed" });
    }
    const last = at(t0, ACCOUNT_SIEGE_FAILURES - 1);
    expect(
      await signIn(
        database.db,
        { email: target, password: "right password 123", address: "198.51.100.7" },
        at(last, 1_000),
      ),
    ).toEqual({ ok: false, code: "tooManyAttempts", details: { seconds: MAX_DELAY_MS / 1000 - 1 } });
    expect(
      await signIn(
        database.db,
        { email: target, password: "right password 123", address: "198.51.100.7" },
        at(last, MAX_DELAY_MS),
      ),
    ).toMatchObject({ ok: true });
  });

  it("starts counting again after a successful sign-in", async () => {
    const target = await account("typo");
    const t0 = new Date("2031-03-04T09:00:00Z");
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++)
      await signIn(database.db, { email: target, password: "typo", address: "10.4.0.1" }, at(t0, attempt));
    expect(
      await signIn(database.db, { email: target, password: "right password 123", address: "10.4.0.1" }, at(t0, 5_000)),
    ).toMatchObject({ ok: true });
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) {
      expect(
        await signIn(
          database.db,
          { email: target, password: "typo again", address: "10.4.0.1" },
          at(t0, 5_001 + attempt),
        ),
      ).toMatchObject({ code: "signInFailed" });
    }
  });

  it("lets no burst of simultaneous guesses past the wait", async () => {
    const target = await account("burst");
    const t0 = new Date("2031-03-05T09:00:00Z");
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        signIn(database.db, { email: target, password: `burst ${index}`, address: "10.5.0.1" }, t0),
      ),
    );
    expect(burst.filter((result) => !result.ok && result.code === "signInFailed")).toHaveLength(FREE_FAILURES);
    expect(burst.filter((result) => !result.ok && result.code === "tooManyAttempts")).toHaveLength(8 - FREE_FAILURES);
    const later = at(t0, MAX_DELAY_MS);
    const second = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        signIn(database.db, { email: target, password: `later ${index}`, address: "10.5.0.1" }, later),
      ),
    );
    expect(second.filter((result) => !result.ok && result.code === "signInFailed")).toHaveLength(1);
  });

  it("treats an email no one has like an account, so that the wait tells nothing either", async () => {
    const t0 = new Date("2031-03-06T09:00:00Z");
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++)
      await signIn(
        database.db,
        { email: `ghost-${kind}@example.test`, password: "x", address: "10.6.0.1" },
        at(t0, attempt),
      );
    expect(
      await signIn(
        database.db,
        { email: `ghost-${kind}@example.test`, password: "x", address: "10.6.0.1" },
        at(t0, FREE_FAILURES),
      ),
    ).toMatchObject({ code: "tooManyAttempts" });
  });

  it("limits failures per address across accounts, and says when the address may try again", async () => {
    const t0 = new Date();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt++) {
      await signIn(
        database.db,
        { email: `guess-${attempt}@example.test`, password: "x", address: "10.9.9.9" },
        at(t0, attempt * 1000),
      );
    }
    const now = at(t0, MAX_FAILURES_PER_ADDRESS * 1000);
    const refused = await signIn(database.db, { email, password: "correct horse battery", address: "10.9.9.9" }, now);
    // The oldest of those failures leaves the window SIGN_IN_WINDOW_MS after it happened.
    expect(refused).toEqual({
      ok: false,
      code: "tooManyAttempts",
      details: { seconds: (SIGN_IN_WINDOW_MS - MAX_FAILURES_PER_ADDRESS * 1000) / 1000 },
    });
    expect(
      await signIn(database.db, { email, password: "correct horse battery", address: "10.9.9.10" }, now),
    ).toMatchObject({ ok: true });
    expect(
      await signIn(
        database.db,
        { email, password: "correct horse battery", address: "10.9.9.9" },
        at(t0, SIGN_IN_WINDOW_MS + 1),
      ),
    ).toMatchObject({ ok: true });
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
    expect(await signIn(database.db, { email, password: "correct horse battery", address: "10.0.0.3" })).toMatchObject({
      code: "signInFailed",
    });
    await setUserActive(database.db, { userId, active: true }, adminId);
    expect(await signIn(database.db, { email, password: "correct horse battery", address: "10.0.0.3" })).toMatchObject({
      ok: true,
    });
  });
});
