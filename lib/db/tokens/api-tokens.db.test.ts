import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../auth/tokens";
import type { Database } from "../connect";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { setUserActive } from "../users/set-user-active";
import { MAX_LIVE_TOKENS, MAX_TOKEN_NAME_LENGTH } from "./api-token-row";
import { authenticateApiToken } from "./authenticate-api-token";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

describe.each(TEST_DATABASES)("API tokens on %s", (kind) => {
  let database: Database;
  let userId: number;
  let otherId: number;
  let adminId: number;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    userId = (
      await database.db.user.create({ data: { name: "Tess", email: `tess-${kind}@example.test`, role: "translator" } })
    ).id;
    otherId = (
      await database.db.user.create({ data: { name: "Eli", email: `eli-${kind}@example.test`, role: "editor" } })
    ).id;
    adminId = (
      await database.db.user.create({ data: { name: "Ada", email: `ada-${kind}@example.test`, role: "admin" } })
    ).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  async function issue(owner: number, name: string) {
    const created = await createApiToken(database.db, owner, name);
    if (!created.ok) throw new Error(created.code);
    return created.value;
  }

  it("returns the secret once and stores only its hash", async () => {
    const { secret, token } = await issue(userId, "  CMS import  ");
    expect(token).toMatchObject({ name: "CMS import", lastUsedAt: null, revokedAt: null });
    expect(secret).toMatch(/^galley_[A-Za-z0-9_-]{43}$/);
    const stored = await database.db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).toBe(hashToken(secret));
    expect(await database.db.apiToken.count({ where: { tokenHash: secret } })).toBe(0);
  });

  it("refuses an empty or overlong name", async () => {
    expect(await createApiToken(database.db, userId, "   ")).toMatchObject({ ok: false, code: "invalidInput" });
    expect(await createApiToken(database.db, userId, "x".repeat(MAX_TOKEN_NAME_LENGTH + 1))).toMatchObject({
      ok: false,
      code: "invalidInput",
    });
    expect(await createApiToken(database.db, userId, "x".repeat(MAX_TOKEN_NAME_LENGTH))).toMatchObject({ ok: true });
  });

  it("authenticates a live token as its owner, and notes its use at most once a minute", async () => {
    const { secret, token } = await issue(userId, "sync");
    const t0 = new Date("2030-01-01T10:00:00Z");
    expect(await authenticateApiToken(database.db, secret, t0)).toEqual({
      id: userId,
      name: "Tess",
      email: `tess-${kind}@example.test`,
      role: "translator",
      locale: null,
    });
    const lastUsed = async () => (await database.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    expect(await lastUsed()).toEqual(t0);
    await authenticateApiToken(database.db, secret, new Date(t0.getTime() + 30_000));
    expect(await lastUsed()).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiToken(database.db, secret, later);
    expect(await lastUsed()).toEqual(later);
  });

  it("knows no missing, malformed or unknown token", async () => {
    for (const secret of [
      undefined,
      null,
      "",
      "Bearer",
      "galley_nope",
      "x".repeat(10_000),
      `galley_${"a".repeat(43)}`,
    ]) {
      expect(await authenticateApiToken(database.db, secret)).toBeNull();
    }
  });

  it("stops a revoked token at once; only its owner may revoke it", async () => {
    const { secret, token } = await issue(userId, "to revoke");
    expect(await revokeApiToken(database.db, otherId, token.id)).toEqual({
      ok: false,
      code: "tokenNotFound",
      details: undefined,
    });
    expect(await authenticateApiToken(database.db, secret)).not.toBeNull();
    const revoked = await revokeApiToken(database.db, userId, token.id);
    expect(revoked).toMatchObject({ ok: true, value: { id: token.id } });
    expect(revoked.ok && revoked.value.revokedAt).toBeInstanceOf(Date);
    expect(await authenticateApiToken(database.db, secret)).toBeNull();
    expect(await revokeApiToken(database.db, userId, token.id)).toMatchObject({ ok: true });
    expect(await revokeApiToken(database.db, userId, 999_999)).toMatchObject({ ok: false, code: "tokenNotFound" });
  });

  it("stops the tokens of a deactivated user, and lets them work again on reactivation", async () => {
    const { secret } = await issue(otherId, "editor script");
    expect(await setUserActive(database.db, { userId: otherId, active: false }, adminId)).toMatchObject({ ok: true });
    expect(await authenticateApiToken(database.db, secret)).toBeNull();
    await setUserActive(database.db, { userId: otherId, active: true }, adminId);
    expect(await authenticateApiToken(database.db, secret)).toMatchObject({ id: otherId, role: "editor" });
  });

  it("lists only the person's own tokens, newest first, revoked ones marked", async () => {
    const mine = await listApiTokens(database.db, userId);
    expect(mine.map((token) => token.name)).toContain("to revoke");
    expect(mine.every((token, index) => index === 0 || mine[index - 1]!.createdAt >= token.createdAt)).toBe(true);
    expect(mine.find((token) => token.name === "to revoke")?.revokedAt).toBeInstanceOf(Date);
    expect((await listApiTokens(database.db, otherId)).map((token) => token.name)).toEqual(["editor script"]);
  });

  it(`caps live tokens at ${MAX_LIVE_TOKENS}; revoking one makes room`, async () => {
    const owner = (
      await database.db.user.create({ data: { name: "Busy", email: `busy-${kind}@example.test`, role: "editor" } })
    ).id;
    const created = await Promise.all(
      Array.from({ length: MAX_LIVE_TOKENS + 3 }, (_, index) => createApiToken(database.db, owner, `script ${index}`)),
    );
    expect(created.filter((result) => result.ok)).toHaveLength(MAX_LIVE_TOKENS);
    expect(created.find((result) => !result.ok)).toEqual({
      ok: false,
      code: "tooManyTokens",
      details: { max: MAX_LIVE_TOKENS },
    });
    const first = created.find((result) => result.ok);
    if (!first?.ok) throw new Error("no token");
    await revokeApiToken(database.db, owner, first.value.token.id);
    expect(await createApiToken(database.db, owner, "one more")).toMatchObject({ ok: true });
    expect(await database.db.apiToken.count({ where: { userId: owner, revokedAt: null } })).toBe(MAX_LIVE_TOKENS);
  });
});
