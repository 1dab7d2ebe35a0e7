import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CHECKS } from "../../checks/registry";
import { parsePlainText } from "../../import/plain-text";
import { importArticle } from "../articles/import-article";
import { importDemoArticle } from "../articles/import-demo-article";
import type { Database } from "../connect";
import { applyFix } from "../findings/apply-fix";
import { dismissFinding } from "../findings/dismiss-finding";
import { listFindings } from "../findings/list-findings";
import { approveSegment } from "../segments/approve-segment";
import { editSegment } from "../segments/edit-segment";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { changeCheckSetting } from "./change-check-setting";
import { getChecksReport, weekStarts } from "./get-checks-report";
import { wilsonInterval } from "./wilson-interval";

describe("weekStarts", () => {
  it("lists the Mondays of the last weeks, oldest first, the current week last", () => {
    // 2026-11-26 is a Thursday.
    expect(weekStarts(new Date("2026-11-26T10:00:00Z"), 3)).toEqual(["2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(weekStarts(new Date("2026-11-23T00:00:00Z"), 1)).toEqual(["2026-11-23"]);
    expect(weekStarts(new Date("2026-11-29T23:59:59Z"), 1)).toEqual(["2026-11-23"]);
  });
});

describe.each(TEST_DATABASES)("the checks' figures and settings on %s", (kind) => {
  let database: Database;
  let demoId: number;
  let tess: number;
  let ada: number;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    tess = (
      await database.db.user.create({
        data: { name: "Tess", email: `tess-checks-${kind}@example.test`, role: "translator" },
      })
    ).id;
    ada = (
      await database.db.user.create({ data: { name: "Ada", email: `ada-checks-${kind}@example.test`, role: "admin" } })
    ).id;
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.article.deleteMany({});
    await database.db.findingVerdict.deleteMany({});
    await database.db.checkSetting.deleteMany({});
    await database.db.auditEvent.deleteMany({});
    demoId = (await importDemoArticle(database.db, tess)).id;
  });

  async function findingFor(text: string, check?: string) {
    const finding = (await listFindings(database.db, demoId)).find(
      (candidate) => candidate.text === text && (!check || candidate.check === check),
    );
    if (!finding) throw new Error(`no finding covers ${JSON.stringify(text)}`);
    const segment = await database.db.segment.findUniqueOrThrow({ where: { id: finding.segmentId } });
    return { finding, segment };
  }

  /** An article whose one segment says 1,800 where its source says 1.500: a critical finding. */
  async function importNumberMismatch(): Promise<number> {
    const draft = parsePlainText("Only about 1,800 Russians travelled there last year.", {
      origin: "numbers.txt",
      sourceLang: "ca",
      targetLang: "en",
    });
    draft.segments = draft.segments.map((segment) => ({
      ...segment,
      sourceText: "Només uns 1.500 russos hi van viatjar l'any passat.",
    }));
    return (await importArticle(database.db, draft, { actorId: ada })).id;
  }

  it("has a row for every registered check, with nothing judged yet", async () => {
    const report = await getChecksReport(database.db);
    expect(report.checks.map((check) => check.id)).toEqual(CHECKS.map((check) => check.id));
    const fused = report.checks.find((check) => check.id === "fused-words");
    expect(fused).toMatchObject({
      raised: 4,
      open: 4,
      fixed: 0,
      resolved: 0,
      dismissed: 0,
      stale: 0,
      decided: 0,
      precision: null,
      interval: null,
      enabled: true,
      severity: "major",
    });
    expect(fused?.mostDismissed).toEqual([]);
    expect(fused?.trend).toHaveLength(12);
    expect(
      fused?.trend.every((week) => week.fixed + week.resolved + week.dismissed === 0 && week.precision === null),
    ).toBe(true);
    expect(report.totals).toMatchObject({ decided: 0, precision: null });
    expect(report.totals.raised).toBe((await listFindings(database.db, demoId)).length);
  });

  it("counts what reviewers did, per check: precision with its Wilson interval, reasons, most dismissed texts, trend", async () => {
    const ukraine = await findingFor("UkraineMost");
    await applyFix(database.db, { findingId: ukraine.finding.id, fixIndex: 0, version: ukraine.segment.version }, tess);
    const trench = await findingFor("trenchIt");
    await editSegment(
      database.db,
      {
        segmentId: trench.segment.id,
        version: trench.segment.version,
        text: trench.segment.text.replace("trenchIt", "trench. It"),
      },
      tess,
    );
    const homeland = await findingFor("homelandThe");
    await dismissFinding(database.db, { findingId: homeland.finding.id, reasonCode: "correct" }, tess);
    const either = await findingFor("either");
    await dismissFinding(database.db, { findingId: either.finding.id, reasonCode: "quotation" }, tess);
    // The same words dismissed in a second copy of the article count as one example, twice.
    const copy = (
      await importArticle(
        database.db,
        parsePlainText("Under titles such as Giving a precious life either Heroic fighters, the show opens.", {
          origin: "copy.txt",
          sourceLang: "ca",
          targetLang: "en",
        }),
      )
    ).id;
    const second = (await listFindings(database.db, copy)).find((finding) => finding.text === "either");
    if (!second) throw new Error("the copy has its “either”");
    await dismissFinding(database.db, { findingId: second.id, reasonCode: "name" }, ada);

    const report = await getChecksReport(database.db);
    const fused = report.checks.find((check) => check.id === "fused-words");
    expect(fused).toMatchObject({ raised: 4, open: 1, fixed: 1, resolved: 1, dismissed: 1, stale: 0, decided: 3 });
    expect(fused?.precision).toBeCloseTo(2 / 3, 10);
    expect(fused?.interval).toEqual(wilsonInterval(2, 3));
    expect(fused?.reasons).toEqual({ correct: 1, name: 0, quotation: 0, other: 0 });
    expect(fused?.mostDismissed).toEqual([
      expect.objectContaining({
        text: "homelandThe",
        count: 1,
        reason: "correct",
        article: { id: demoId, title: expect.stringContaining("Beach hotels") },
        segmentId: homeland.segment.id,
      }),
    ]);

    const conjunction = report.checks.find((check) => check.id === "mistranslated-conjunction");
    expect(conjunction).toMatchObject({
      dismissed: 2,
      decided: 2,
      precision: 0,
      reasons: { correct: 0, name: 1, quotation: 1, other: 0 },
    });
    expect(conjunction?.interval?.low).toBe(0);
    expect(conjunction?.mostDismissed).toHaveLength(1);
    expect(conjunction?.mostDismissed[0]).toMatchObject({
      text: "either",
      count: 2,
      reason: "name",
      article: { id: copy },
    });
    expect(conjunction?.mostDismissed[0]?.contextBefore).toBe("Under titles such as Giving a precious life ");

    const thisWeek = fused?.trend.at(-1);
    expect(thisWeek).toMatchObject({ week: weekStarts(new Date(), 1)[0], fixed: 1, resolved: 1, dismissed: 1 });
    expect(report.totals.trend.at(-1)).toMatchObject({ fixed: 1, dismissed: 3 });
    expect(report.totals.reasons).toEqual({ correct: 1, name: 1, quotation: 1, other: 0 });
    expect(report.totals.decided).toBe(report.totals.fixed + report.totals.resolved + report.totals.dismissed);
    for (const check of report.checks)
      expect(check.raised).toBe(check.open + check.fixed + check.resolved + check.dismissed + check.stale);
  });

  it("puts each verdict in the week it was decided, and leaves older ones out of the trend", async () => {
    const ukraine = await findingFor("UkraineMost");
    await applyFix(database.db, { findingId: ukraine.finding.id, fixIndex: 0, version: ukraine.segment.version }, tess);
    const either = await findingFor("either");
    await dismissFinding(database.db, { findingId: either.finding.id, reasonCode: "correct" }, tess);
    const now = new Date();
    await database.db.findingVerdict.update({
      where: { findingId: ukraine.finding.id },
      data: { decidedAt: new Date(now.getTime() - 14 * 86_400_000) },
    });
    await database.db.findingVerdict.update({
      where: { findingId: either.finding.id },
      data: { decidedAt: new Date(now.getTime() - 20 * 7 * 86_400_000) },
    });

    const report = await getChecksReport(database.db, { now, weeks: 4 });
    const fused = report.checks.find((check) => check.id === "fused-words");
    expect(fused?.trend.map((week) => week.fixed)).toEqual([0, 1, 0, 0]);
    expect(fused?.trend[1]?.precision).toBe(1);
    const conjunction = report.checks.find((check) => check.id === "mistranslated-conjunction");
    expect(conjunction?.trend.every((week) => week.dismissed === 0)).toBe(true);
    // The figures themselves still count it.
    expect(conjunction).toMatchObject({ dismissed: 1, precision: 0 });
  });

  it("lowers a check's severity for every article, at once and for new ones: a critical finding lowered no longer blocks approval", async () => {
    const articleId = await importNumberMismatch();
    const [finding] = (await listFindings(database.db, articleId)).filter(
      (candidate) => candidate.check === "number-mismatch",
    );
    expect(finding).toMatchObject({ severity: "critical", text: "1,800" });
    const segment = await database.db.segment.findUniqueOrThrow({ where: { id: finding?.segmentId ?? 0 } });
    expect(await approveSegment(database.db, { segmentId: segment.id, version: segment.version }, ada)).toMatchObject({
      ok: false,
      code: "criticalFindings",
    });

    expect(
      await changeCheckSetting(database.db, { check: "number-mismatch", enabled: true, severity: "major" }, ada),
    ).toEqual({ ok: true, value: { enabled: true, severity: "major", rechecked: 0 } });
    expect(
      (await listFindings(database.db, articleId)).find((candidate) => candidate.check === "number-mismatch"),
    ).toMatchObject({ id: finding?.id, severity: "major" });
    expect(await approveSegment(database.db, { segmentId: segment.id, version: segment.version }, ada)).toMatchObject({
      ok: true,
      value: { status: "approved" },
    });
    expect(
      await database.db.segmentRevision.findFirst({ where: { segmentId: segment.id, action: "approve" } }),
    ).toMatchObject({ overridden: null });

    const later = await importNumberMismatch();
    expect(
      (await listFindings(database.db, later)).find((candidate) => candidate.check === "number-mismatch"),
    ).toMatchObject({ severity: "major" });
    expect(await database.db.auditEvent.findMany({ select: { action: true, actorId: true, details: true } })).toEqual([
      { action: "check.severity", actorId: ada, details: { check: "number-mismatch", from: "critical", to: "major" } },
    ]);
    const report = await getChecksReport(database.db);
    expect(report.checks.find((check) => check.id === "number-mismatch")).toMatchObject({
      severity: "major",
      defaultSeverity: "critical",
    });

    // Back to its own severity.
    await changeCheckSetting(database.db, { check: "number-mismatch", enabled: true, severity: null }, ada);
    expect(
      (await listFindings(database.db, later)).find((candidate) => candidate.check === "number-mismatch"),
    ).toMatchObject({ severity: "critical" });
    expect(await database.db.checkSetting.findUnique({ where: { check: "number-mismatch" } })).toMatchObject({
      enabled: true,
      severity: null,
      updatedById: ada,
    });
  });

  it("refuses to raise a severity or to change a check that does not exist, and changes nothing", async () => {
    const before = await listFindings(database.db, demoId);
    expect(
      await changeCheckSetting(database.db, { check: "fused-words", enabled: true, severity: "critical" }, ada),
    ).toEqual({ ok: false, code: "severityNotLower", details: undefined });
    expect(
      await changeCheckSetting(database.db, { check: "no-such-check", enabled: false, severity: null }, ada),
    ).toEqual({ ok: false, code: "checkNotFound", details: undefined });
    expect(await listFindings(database.db, demoId)).toEqual(before);
    expect(await database.db.checkSetting.count()).toBe(0);
    expect(await database.db.auditEvent.count()).toBe(0);
  });

  it("records nothing when the choice is the one already in force", async () => {
    expect(
      await changeCheckSetting(database.db, { check: "fused-words", enabled: true, severity: "major" }, ada),
    ).toMatchObject({ ok: true });
    expect(await database.db.auditEvent.count()).toBe(0);
  });

  it("turns a check off for every article, its findings stale, and back on, checking every article again", async () => {
    const fused = (await listFindings(database.db, demoId)).filter((finding) => finding.check === "fused-words");
    const either = await findingFor("either");
    await dismissFinding(database.db, { findingId: either.finding.id, reasonCode: "correct" }, tess);
    await database.db.appSetting.create({ data: { key: "checks-version", value: "v-test" } });

    expect(
      await changeCheckSetting(database.db, { check: "fused-words", enabled: false, severity: null }, ada),
    ).toMatchObject({ ok: true, value: { enabled: false, rechecked: 0 } });
    expect((await listFindings(database.db, demoId)).filter((finding) => finding.check === "fused-words")).toEqual([]);
    const verdicts = await database.db.findingVerdict.findMany({
      where: { findingId: { in: fused.map((finding) => finding.id) } },
    });
    expect(verdicts.map((verdict) => [verdict.fate, verdict.staleCause, verdict.decidedById])).toEqual(
      fused.map(() => ["stale", "disabled", ada]),
    );

    // Edits and new articles do not bring it back while it is off.
    const moscow = await database.db.segment.findFirstOrThrow({
      where: { articleId: demoId, text: { startsWith: "MoscowThere" } },
    });
    await editSegment(database.db, { segmentId: moscow.id, version: moscow.version, text: `${moscow.text} ` }, tess);
    const other = (
      await importArticle(
        database.db,
        parsePlainText("The war in UkraineMost of them fought there.", {
          origin: "other.txt",
          sourceLang: "ca",
          targetLang: "en",
        }),
      )
    ).id;
    expect((await listFindings(database.db, other)).some((finding) => finding.check === "fused-words")).toBe(false);
    expect((await getChecksReport(database.db)).checks.find((check) => check.id === "fused-words")).toMatchObject({
      enabled: false,
      stale: 4,
      open: 0,
    });

    // Turning it off again changes nothing; the mistranslated conjunction dismissed earlier is untouched.
    await changeCheckSetting(database.db, { check: "fused-words", enabled: false, severity: null }, ada);
    expect(
      (await listFindings(database.db, demoId)).find((finding) => finding.id === either.finding.id)?.dismissal,
    ).not.toBeNull();

    const on = await changeCheckSetting(database.db, { check: "fused-words", enabled: true, severity: null }, ada);
    expect(on).toMatchObject({ ok: true, value: { enabled: true, rechecked: 2 } });
    expect(
      (await listFindings(database.db, demoId))
        .filter((finding) => finding.check === "fused-words")
        .map((finding) => finding.text)
        .sort(),
    ).toEqual(["MoscowThere", "UkraineMost", "homelandThe", "trenchIt"]);
    expect((await listFindings(database.db, other)).map((finding) => finding.text)).toContain("UkraineMost");
    expect(await database.db.appSetting.findUnique({ where: { key: "checks-version" } })).toMatchObject({
      value: "v-test",
    });
    expect(
      (await database.db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true, details: true } })).map(
        (event) => event.action,
      ),
    ).toEqual(["check.disable", "check.enable"]);
  });
});
