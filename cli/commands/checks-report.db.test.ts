import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDemoArticle } from "../../lib/db/articles/import-demo-article";
import { changeCheckSetting } from "../../lib/db/checks/change-check-setting";
import { getChecksReport } from "../../lib/db/checks/get-checks-report";
import type { Database } from "../../lib/db/connect";
import { applyFix } from "../../lib/db/findings/apply-fix";
import { dismissFinding } from "../../lib/db/findings/dismiss-finding";
import { listFindings } from "../../lib/db/findings/list-findings";
import { openTestDatabase, TEST_DATABASES } from "../../lib/db/testing/test-database";
import { runGalley, sharedDatabaseContext } from "../testing/run-galley";

describe.each(TEST_DATABASES)("galley checks-report on %s", (kind) => {
  let database: Database;
  let articleId: number;
  const context = sharedDatabaseContext(() => database);
  const galley = (...argv: string[]) => runGalley(argv, context);

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const ada = (
      await database.db.user.create({ data: { name: "Ada", email: `ada-report-${kind}@example.test`, role: "admin" } })
    ).id;
    articleId = (await importDemoArticle(database.db, ada)).id;
    const findings = await listFindings(database.db, articleId);
    const byText = (text: string) => {
      const finding = findings.find((candidate) => candidate.text === text);
      if (!finding) throw new Error(`no finding covers ${text}`);
      return finding;
    };
    const version = async (segmentId: number) =>
      (await database.db.segment.findUniqueOrThrow({ where: { id: segmentId } })).version;
    for (const text of ["UkraineMost", "trenchIt"]) {
      const finding = byText(text);
      await applyFix(
        database.db,
        { findingId: finding.id, fixIndex: 0, version: await version(finding.segmentId) },
        ada,
      );
    }
    await dismissFinding(database.db, { findingId: byText("homelandThe").id, reasonCode: "name" }, ada);
    await dismissFinding(database.db, { findingId: byText("either").id, reasonCode: "quotation" }, ada);
    await changeCheckSetting(database.db, { check: "spacing", enabled: false, severity: null }, ada);
    await changeCheckSetting(database.db, { check: "number-mismatch", enabled: true, severity: "major" }, ada);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("prints a table of every check's figures, the reasons and the most dismissed texts", async () => {
    const { code, stdout, stderr } = await galley("checks-report");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("How reviewers judged each check's findings, over every article.");
    expect(lines[2]).toMatch(
      /^check\s+severity\s+raised\s+open\s+fixed\s+resolved\s+dismissed\s+stale\s+precision\s+95% interval$/u,
    );
    // 3 of fused-words' 4 findings decided: 2 fixed, 1 dismissed; Wilson's 95% interval of 2/3 is 21%–94%.
    expect(lines).toContainEqual(
      expect.stringMatching(/^fused-words\s+major\s+4\s+1\s+2\s+0\s+1\s+0\s+67%\s+21–94%$/u),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^mistranslated-conjunction\s+major\s+1\s+0\s+0\s+0\s+1\s+0\s+0%\s+0–79%$/u),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^spacing\s+off\s/u));
    expect(lines).toContainEqual(expect.stringMatching(/^number-mismatch\s+major \(own: critical\)\s+0\s/u));
    expect(lines).toContainEqual(expect.stringMatching(/^page-chrome\s+major\s+\d+\s+\d+\s+0\s+0\s+0\s+0\s+—$/u));
    expect(lines).toContainEqual(expect.stringMatching(/^all checks\s+\d+\s+\d+\s+2\s+\d+\s+2\s+\d+\s+\d+%/u));
    expect(stdout).toContain("  fused-words (Fused words): a name 1\n");
    expect(stdout).toContain("  mistranslated-conjunction (Mistranslated conjunction): a quotation 1\n");
    expect(stdout).toMatch(
      new RegExp(`  fused-words  “homelandThe” ×1  \\(last: a name; article ${articleId}, segment \\d+\\)`, "u"),
    );
  });

  it("prints the same figures as JSON with --json", async () => {
    const { code, stdout } = await galley("checks-report", "--json", "--weeks", "4");
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { checks: Record<string, unknown>[]; totals: Record<string, unknown> };
    const report = await getChecksReport(database.db, { weeks: 4 });
    expect(printed.checks.map((check) => check.id)).toEqual(report.checks.map((check) => check.id));
    const fused = printed.checks.find((check) => check.id === "fused-words");
    expect(fused).toMatchObject({
      name: "Fused words",
      severity: "major",
      enabled: true,
      raised: 4,
      fixed: 2,
      dismissed: 1,
      decided: 3,
      reasons: { correct: 0, name: 1, quotation: 0, other: 0 },
    });
    expect(fused?.precision).toBeCloseTo(2 / 3, 10);
    expect(fused?.trend).toHaveLength(4);
    expect(fused?.mostDismissed).toEqual([expect.objectContaining({ text: "homelandThe", count: 1, articleId })]);
    expect(printed.checks.find((check) => check.id === "spacing")).toMatchObject({ enabled: false });
    expect(printed.totals).toMatchObject({
      fixed: report.totals.fixed,
      dismissed: report.totals.dismissed,
      precision: report.totals.precision,
    });
  });

  it("refuses arguments it does not take, with the usage and exit code 2", async () => {
    const extra = await galley("checks-report", "12");
    expect(extra).toMatchObject({ code: 2, stdout: "" });
    expect(extra.stderr).toMatch(
      /^galley checks-report: takes no arguments, but got "12"\n\nUsage: galley checks-report/u,
    );
    expect(await galley("checks-report", "--weeks", "0")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--weeks: "0" is not a number of weeks'),
    });
    expect(await galley("checks-report", "--csv")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--csv'"),
    });
  });

  it("answers --help and is listed among the commands", async () => {
    expect(await galley("checks-report", "--help")).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: galley checks-report \[--json\]/u),
    });
    expect((await galley("--help")).stdout).toContain("  checks-report  how reviewers judged each check");
  });
});
