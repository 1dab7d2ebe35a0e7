import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../connect";
import { seedSample } from "../testing/fixtures";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { EXPIRED_INVITATIONS_KEPT_MS, purgeExpired, SIGN_IN_ATTEMPTS_KEPT_MS } from "./purge-expired";

const HOUR = 60 * 60 * 1000;

describe.each(TEST_DATABASES)("purgeExpired on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("deletes expired sessions, old sign-in attempts and long-expired unused invitations, and nothing else", async () => {
    const { db } = database;
    const { alice } = await seedSample(db);
    const now = new Date("2026-06-01T12:00:00Z");
    const at = (offset: number) => new Date(now.getTime() + offset);
    await db.session.createMany({
      data: [
        { tokenHash: "expired", userId: alice.id, expiresAt: at(-HOUR) },
        { tokenHash: "live", userId: alice.id, expiresAt: at(HOUR) },
      ],
    });
    await db.signInAttempt.createMany({
      data: [
        { email: "a@x.test", address: "1.2.3.4", succeeded: false, createdAt: at(-SIGN_IN_ATTEMPTS_KEPT_MS - HOUR) },
        { email: "a@x.test", address: "1.2.3.4", succeeded: false, createdAt: at(-HOUR) },
      ],
    });
    await db.invitation.createMany({
      data: [
        {
          tokenHash: "long-expired",
          email: "b@x.test",
          name: "B",
          role: "editor",
          expiresAt: at(-EXPIRED_INVITATIONS_KEPT_MS - HOUR),
        },
        { tokenHash: "recently-expired", email: "c@x.test", name: "C", role: "editor", expiresAt: at(-HOUR) },
        {
          tokenHash: "accepted",
          email: "d@x.test",
          name: "D",
          role: "editor",
          expiresAt: at(-EXPIRED_INVITATIONS_KEPT_MS - HOUR),
          acceptedAt: at(-EXPIRED_INVITATIONS_KEPT_MS - 2 * HOUR),
        },
      ],
    });

    expect(await purgeExpired(db, now)).toEqual({ sessions: 1, signInAttempts: 1, invitations: 1 });
    expect((await db.session.findMany({ select: { tokenHash: true } })).map((row) => row.tokenHash)).toEqual(["live"]);
    expect(await db.signInAttempt.count()).toBe(1);
    expect(
      (await db.invitation.findMany({ select: { tokenHash: true }, orderBy: { tokenHash: "asc" } })).map(
        (row) => row.tokenHash,
      ),
    ).toEqual(["accepted", "recently-expired"]);
    expect(await purgeExpired(db, now)).toEqual({ sessions: 0, signInAttempts: 0, invitations: 0 });
  });
});
