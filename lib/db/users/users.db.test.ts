import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../auth/passwords";
import { listActivity } from "../audit/list-activity";
import type { Database } from "../connect";
import { signIn } from "../sessions/sign-in";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { acceptInvitation, findInvitation } from "./accept-invitation";
import { changeRole } from "./change-role";
import { createFirstAdmin, needsFirstAdmin } from "./create-first-admin";
import { createDemoUsers } from "./demo-users";
import { inviteUser } from "./invite-user";
import { listPendingInvitations } from "./list-invitations";
import { revokeInvitation } from "./revoke-invitation";
import { setUserActive } from "./set-user-active";
import { authenticateApiToken } from "../tokens/authenticate-api-token";
import { createApiToken } from "../tokens/create-api-token";
import { revokeApiToken } from "../tokens/revoke-api-token";
import { changePassword } from "./update-profile";

describe.each(TEST_DATABASES)("people on %s", (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("creates the first admin once, and only while no one can sign in", async () => {
    expect(await needsFirstAdmin(database.db)).toBe(true);
    expect(
      await createFirstAdmin(database.db, { name: "First", email: "First@Example.test", password: "short" }),
    ).toMatchObject({ ok: false, code: "passwordTooShort" });
    const [first, second] = await Promise.all([
      createFirstAdmin(database.db, { name: "First", email: "first@example.test", password: "a long enough password" }),
      createFirstAdmin(database.db, {
        name: "Second",
        email: "second@example.test",
        password: "a long enough password",
      }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([first, second].find((result) => !result.ok)).toMatchObject({ code: "setupDone" });
    expect(await needsFirstAdmin(database.db)).toBe(false);
    expect(await database.db.user.count({ where: { role: "admin" } })).toBe(1);
  });

  it("makes no demo accounts once someone can sign in", async () => {
    expect(await createDemoUsers(database.db)).toEqual([]);
  });

  it("invites, and the invitation turns into an account once", async () => {
    const admin = await database.db.user.findFirstOrThrow({ where: { role: "admin" } });
    const invited = await inviteUser(
      database.db,
      { email: "New.Person@example.test", name: "New Person", role: "translator" },
      admin.id,
    );
    if (!invited.ok) throw new Error(invited.code);
    expect(await findInvitation(database.db, invited.value.token)).toEqual({
      email: "new.person@example.test",
      name: "New Person",
      role: "translator",
    });
    expect(
      await acceptInvitation(database.db, {
        token: invited.value.token,
        name: "Nova",
        password: "a good password here",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await acceptInvitation(database.db, {
        token: invited.value.token,
        name: "Again",
        password: "a good password here",
      }),
    ).toMatchObject({ ok: false, code: "invitationInvalid" });
    expect(
      await signIn(database.db, { email: "new.person@example.test", password: "a good password here", address: "a" }),
    ).toMatchObject({ ok: true, value: { user: { name: "Nova", role: "translator" } } });
    expect(
      await inviteUser(database.db, { email: "new.person@example.test", name: "Dup", role: "editor" }, admin.id),
    ).toMatchObject({ ok: false, code: "emailTaken" });
  });

  it("refuses an expired invitation", async () => {
    const admin = await database.db.user.findFirstOrThrow({ where: { role: "admin" } });
    const past = new Date(Date.now() - 8 * 86_400_000);
    const invited = await inviteUser(
      database.db,
      { email: "late@example.test", name: "Late", role: "editor" },
      admin.id,
      past,
    );
    if (!invited.ok) throw new Error(invited.code);
    expect(await findInvitation(database.db, invited.value.token)).toBeNull();
    expect(
      await acceptInvitation(database.db, {
        token: invited.value.token,
        name: "Late",
        password: "a good password here",
      }),
    ).toMatchObject({ code: "invitationInvalid" });
  });

  it("lists pending invitations, withdraws one so its link stops working, and logs both by name", async () => {
    const admin = await database.db.user.findFirstOrThrow({ where: { role: "admin" } });
    const invited = await inviteUser(
      database.db,
      { email: "pending@example.test", name: "Pat Pending", role: "editor" },
      admin.id,
    );
    if (!invited.ok) throw new Error(invited.code);
    const pending = await listPendingInvitations(database.db);
    const mine = pending.find((invitation) => invitation.email === "pending@example.test");
    expect(mine).toMatchObject({ name: "Pat Pending", role: "editor", invitedBy: admin.name });
    // Accepted and expired invitations are not pending.
    expect(pending.map((invitation) => invitation.email)).not.toContain("new.person@example.test");
    expect(pending.map((invitation) => invitation.email)).not.toContain("late@example.test");

    expect(await revokeInvitation(database.db, mine?.id ?? "", admin.id)).toEqual({ ok: true, value: null });
    expect(await findInvitation(database.db, invited.value.token)).toBeNull();
    expect(
      await acceptInvitation(database.db, {
        token: invited.value.token,
        name: "Pat",
        password: "a good password here",
      }),
    ).toMatchObject({ ok: false, code: "invitationInvalid" });
    expect(await revokeInvitation(database.db, mine?.id ?? "", admin.id)).toMatchObject({
      ok: false,
      code: "invitationGone",
    });
    const logged = (await listActivity(database.db, { actorId: admin.id })).filter((entry) =>
      ["user.invite", "user.uninvite"].includes(entry.action),
    );
    expect(logged.slice(0, 2).map(({ action, invitee }) => ({ action, invitee }))).toEqual([
      { action: "user.uninvite", invitee: { name: "Pat Pending", email: "pending@example.test" } },
      { action: "user.invite", invitee: { name: "Pat Pending", email: "pending@example.test" } },
    ]);
  });

  it("changes roles, records the change, and never leaves Galley without an admin", async () => {
    const admin = await database.db.user.findFirstOrThrow({ where: { role: "admin" } });
    const nova = await database.db.user.findUniqueOrThrow({ where: { email: "new.person@example.test" } });
    expect(await changeRole(database.db, { userId: admin.id, role: "editor" }, admin.id)).toMatchObject({
      ok: false,
      code: "lastAdmin",
    });
    expect(await setUserActive(database.db, { userId: admin.id, active: false }, admin.id)).toMatchObject({
      ok: false,
      code: "lastAdmin",
    });
    expect(await changeRole(database.db, { userId: nova.id, role: "editor" }, admin.id)).toMatchObject({
      ok: true,
      value: { role: "editor" },
    });
    const activity = await listActivity(database.db, { actorId: admin.id });
    expect(activity.find((entry) => entry.action === "user.role")).toMatchObject({
      actor: { id: admin.id },
      targetUser: { id: nova.id },
    });
    expect(activity.some((entry) => entry.action === "user.invite")).toBe(true);
  });

  it("changes a password only with the current one, and ends the other sessions", async () => {
    const user = await database.db.user.create({
      data: {
        name: "Pat",
        email: `pat-${kind}@example.test`,
        role: "translator",
        passwordHash: await hashPassword("old password 123"),
      },
    });
    const first = await signIn(database.db, { email: user.email, password: "old password 123", address: "b" });
    const second = await signIn(database.db, { email: user.email, password: "old password 123", address: "c" });
    if (!first.ok || !second.ok) throw new Error("sign-in failed");
    expect(await changePassword(database.db, user.id, { current: "wrong", next: "new password 456" })).toMatchObject({
      ok: false,
      code: "wrongPassword",
    });
    expect(
      await changePassword(database.db, user.id, {
        current: "old password 123",
        next: "new password 456",
        keepSessionToken: first.value.token,
      }),
    ).toEqual({ ok: true, value: { revokedTokens: 0 } });
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(1);
    expect(await signIn(database.db, { email: user.email, password: "new password 456", address: "d" })).toMatchObject({
      ok: true,
    });
  });

  it("revokes every live API token of the person on a password change, and says how many", async () => {
    const user = await database.db.user.create({
      data: {
        name: "Tok",
        email: `tok-${kind}@example.test`,
        role: "editor",
        passwordHash: await hashPassword("old password 123"),
      },
    });
    const other = await database.db.user.create({
      data: { name: "Oth", email: `oth-${kind}@example.test`, role: "editor" },
    });
    const issue = async (owner: number, name: string) => {
      const created = await createApiToken(database.db, owner, name);
      if (!created.ok) throw new Error(created.code);
      return created.value;
    };
    const [sync, nightly, old, theirs] = [
      await issue(user.id, "sync"),
      await issue(user.id, "nightly"),
      await issue(user.id, "old"),
      await issue(other.id, "theirs"),
    ];
    const revokedEarlier = await revokeApiToken(database.db, user.id, old.token.id, new Date("2030-01-01T00:00:00Z"));
    if (!revokedEarlier.ok) throw new Error(revokedEarlier.code);

    // A refused change leaves the tokens alone.
    expect(await changePassword(database.db, user.id, { current: "wrong", next: "new password 456" })).toMatchObject({
      ok: false,
      code: "wrongPassword",
    });
    expect(await changePassword(database.db, user.id, { current: "old password 123", next: "short" })).toMatchObject({
      ok: false,
      code: "passwordTooShort",
    });
    expect(await authenticateApiToken(database.db, sync.secret)).toMatchObject({ id: user.id });

    const changedAt = new Date("2031-06-01T12:00:00Z");
    expect(
      await changePassword(database.db, user.id, { current: "old password 123", next: "new password 456" }, changedAt),
    ).toEqual({ ok: true, value: { revokedTokens: 2 } });
    for (const { secret } of [sync, nightly, old]) expect(await authenticateApiToken(database.db, secret)).toBeNull();
    const stored = await database.db.apiToken.findMany({
      where: { userId: user.id },
      orderBy: { id: "asc" },
      select: { name: true, revokedAt: true },
    });
    expect(stored).toEqual([
      { name: "sync", revokedAt: changedAt },
      { name: "nightly", revokedAt: changedAt },
      // Revoked before: its date stays.
      { name: "old", revokedAt: new Date("2030-01-01T00:00:00Z") },
    ]);
    expect(await authenticateApiToken(database.db, theirs.secret)).toMatchObject({ id: other.id });
    expect(
      await changePassword(database.db, user.id, { current: "new password 456", next: "third password 789" }),
    ).toEqual({ ok: true, value: { revokedTokens: 0 } });
  });
});
