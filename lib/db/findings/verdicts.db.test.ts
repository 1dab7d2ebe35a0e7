import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parsePlainText } from "../../import/plain-text";
import { deleteArticle } from "../articles/delete-article";
import { importArticle } from "../articles/import-article";
import { importDemoArticle } from "../articles/import-demo-article";
import { applyCheckFixes, planArticleCheckFixes } from "../bulk/apply-check-fixes";
import type { Database } from "../connect";
import { editSegment } from "../segments/edit-segment";
import { mergeWithNext } from "../segments/merge-segments";
import { splitSegment } from "../segments/split-segment";
import { toggleChrome } from "../segments/toggle-chrome";
import { openTestDatabase, TEST_DATABASES } from "../testing/test-database";
import { applyFix } from "./apply-fix";
import { dismissFinding } from "./dismiss-finding";
import { editTouches } from "./finding-fates";
import { listFindings } from "./list-findings";

/** A repeated headline (page chrome), a lowercase start, a fused word: each fate has something to act on. */
const SMALL_ARTICLE = [
  "World",
  "",
  "The army takes the northern town",
  "",
  "A standfirst that sums up what happened today.",
  "",
  "The army takes the northern town",
  "",
  "It rains. the sun is out.",
  "",
  "Another trenchIt paragraph follows here, and the rest.",
].join("\n");

describe("editTouches", () => {
  it.each([
    ["an insertion inside the span", "year.This", "year. This", 0, 9, true],
    ["a replacement of the span", "a trenchIt b", "a trench. It b", 2, 10, true],
    ["an insertion right after the span", "open (quote", "open (quote)", 5, 11, true],
    ["an insertion right before the span", "word here", "A word here", 0, 4, true],
    ["an edit before the span, not next to it", "Start. the end", "Begin. the end", 7, 10, false],
    ["an edit after the span, not next to it", "the sun is out", "the sun is up", 0, 3, false],
    ["no edit at all", "same", "same", 0, 4, false],
  ])("%s", (_name, before, after, start, end, touches) => {
    expect(editTouches(before, after, start, end)).toBe(touches);
  });
});

describe.each(TEST_DATABASES)("findings' verdicts on %s", (kind) => {
  let database: Database;
  let demoId: number;
  let smallId: number;
  let tess: number;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    tess = (
      await database.db.user.create({
        data: { name: "Tess", email: `tess-verdicts-${kind}@example.test`, role: "translator" },
      })
    ).id;
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.article.deleteMany({});
    await database.db.findingVerdict.deleteMany({});
    demoId = (await importDemoArticle(database.db, tess)).id;
    smallId = (
      await importArticle(
        database.db,
        parsePlainText(SMALL_ARTICLE, { origin: "small.txt", sourceLang: "ca", targetLang: "en" }),
        { actorId: tess },
      )
    ).id;
  });

  async function findingFor(articleId: number, text: string, check?: string) {
    const finding = (await listFindings(database.db, articleId)).find(
      (candidate) => candidate.text === text && (!check || candidate.check === check),
    );
    if (!finding) throw new Error(`no finding covers ${JSON.stringify(text)}`);
    const segment = await database.db.segment.findUniqueOrThrow({ where: { id: finding.segmentId } });
    return { finding, segment };
  }
  const verdictOf = (findingId: number) => database.db.findingVerdict.findUnique({ where: { findingId } });

  it("records a fix when a finding's fix is applied, a replacement or a dateline split, with who and when", async () => {
    const ukraine = await findingFor(demoId, "UkraineMost");
    const started = Date.now();
    expect(
      (
        await applyFix(
          database.db,
          { findingId: ukraine.finding.id, fixIndex: 0, version: ukraine.segment.version },
          tess,
        )
      ).ok,
    ).toBe(true);
    const verdict = await verdictOf(ukraine.finding.id);
    expect(verdict).toMatchObject({
      fate: "fixed",
      check: "fused-words",
      severity: "major",
      text: "UkraineMost",
      articleId: demoId,
      segmentId: ukraine.segment.id,
      decidedById: tess,
      staleCause: null,
      reason: null,
    });
    expect(verdict?.decidedAt.getTime()).toBeGreaterThanOrEqual(
      verdict?.raisedAt.getTime() ?? Number.POSITIVE_INFINITY,
    );
    expect(Math.abs((verdict?.decidedAt.getTime() ?? 0) - started)).toBeLessThan(60_000);

    const moscow = await findingFor(demoId, "MoscowThere");
    const split = moscow.finding.fixes.findIndex((fix) => fix.type === "split-dateline");
    expect(
      (
        await applyFix(
          database.db,
          { findingId: moscow.finding.id, fixIndex: split, version: moscow.segment.version },
          tess,
        )
      ).ok,
    ).toBe(true);
    expect(await verdictOf(moscow.finding.id)).toMatchObject({
      fate: "fixed",
      check: "fused-words",
      text: "MoscowThere",
    });
  });

  it("counts a bulk fix of a check as a fix of every finding of it that went away", async () => {
    const fused = (await listFindings(database.db, demoId)).filter((finding) => finding.check === "fused-words");
    expect(fused).toHaveLength(4);
    const plans = await planArticleCheckFixes(database.db, { articleId: demoId, check: "fused-words" });
    const applied = await applyCheckFixes(
      database.db,
      {
        articleId: demoId,
        check: "fused-words",
        confirmed: plans.map(({ segmentId, version }) => ({ segmentId, version })),
      },
      tess,
    );
    expect(applied.ok).toBe(true);
    const verdicts = await database.db.findingVerdict.findMany({
      where: { findingId: { in: fused.map((finding) => finding.id) } },
      orderBy: { text: "asc" },
    });
    expect(verdicts.map((verdict) => [verdict.text, verdict.fate, verdict.decidedById])).toEqual([
      ["MoscowThere", "fixed", tess],
      ["UkraineMost", "fixed", tess],
      ["homelandThe", "fixed", tess],
      ["trenchIt", "fixed", tess],
    ]);
  });

  it("records a dismissal with its reason and context, once: a later edit does not judge the finding again", async () => {
    const either = await findingFor(demoId, "either");
    const dismissed = await dismissFinding(
      database.db,
      { findingId: either.finding.id, reasonCode: "name", reason: " House style " },
      tess,
    );
    expect(dismissed.ok).toBe(true);
    expect(
      await database.db.findingDismissal.findFirstOrThrow({ where: { segmentId: either.segment.id } }),
    ).toMatchObject({ reasonCode: "name", reason: "House style" });
    const verdict = await verdictOf(either.finding.id);
    expect(verdict).toMatchObject({
      fate: "dismissed",
      reason: "name",
      note: "House style",
      check: "mistranslated-conjunction",
      text: "either",
      decidedById: tess,
    });
    expect(verdict?.contextBefore).toBe("Under titles such as Giving a precious life ");
    expect(verdict?.contextAfter).toMatch(/^ Heroic fighters: for the dignity/u);
    expect(verdict?.contextAfter).toHaveLength(60);

    // Dismissing twice changes nothing; editing the word away later leaves the first verdict.
    await dismissFinding(database.db, { findingId: either.finding.id, reasonCode: "correct" }, tess);
    await editSegment(
      database.db,
      {
        segmentId: either.segment.id,
        version: either.segment.version,
        text: either.segment.text.replace(" either ", " or "),
      },
      tess,
    );
    expect((await listFindings(database.db, demoId)).some((finding) => finding.id === either.finding.id)).toBe(false);
    expect(await database.db.findingVerdict.findMany({ where: { findingId: either.finding.id } })).toEqual([
      expect.objectContaining({ fate: "dismissed", reason: "name" }),
    ]);

    const title = await findingFor(
      demoId,
      "Heroic fighters: for the dignity and honor of the homeland",
      "unquoted-title",
    );
    await dismissFinding(database.db, { findingId: title.finding.id }, tess);
    expect(await verdictOf(title.finding.id)).toMatchObject({ fate: "dismissed", reason: "other", note: null });
  });

  it("refuses to dismiss a finding that is gone, and records nothing", async () => {
    const trench = await findingFor(demoId, "trenchIt");
    await editSegment(
      database.db,
      { segmentId: trench.segment.id, version: trench.segment.version, text: "Another work depicts soldiers." },
      tess,
    );
    const before = await database.db.findingVerdict.count();
    expect(await dismissFinding(database.db, { findingId: trench.finding.id, reasonCode: "name" }, tess)).toMatchObject(
      { ok: false, code: "findingGone" },
    );
    expect(await database.db.findingVerdict.count()).toBe(before);
    expect(await database.db.findingDismissal.count()).toBe(0);
  });

  it("counts an edit at the finding's place as resolving it, by hand or by another finding's fix", async () => {
    const trench = await findingFor(demoId, "trenchIt");
    await editSegment(
      database.db,
      {
        segmentId: trench.segment.id,
        version: trench.segment.version,
        text: trench.segment.text.replace("trenchIt", "trench. It"),
      },
      tess,
    );
    expect(await verdictOf(trench.finding.id)).toMatchObject({ fate: "resolved", decidedById: tess, staleCause: null });

    // Removing the stray fragment removes the lowercase start inside it too.
    const fragment = await findingFor(demoId, "resort tourist, with");
    const lowercase = await findingFor(demoId, "resort", "lowercase-start");
    const remove = fragment.finding.fixes.findIndex((fix) => fix.type === "remove");
    expect(
      (
        await applyFix(
          database.db,
          { findingId: fragment.finding.id, fixIndex: remove, version: fragment.segment.version },
          tess,
        )
      ).ok,
    ).toBe(true);
    expect(await verdictOf(fragment.finding.id)).toMatchObject({ fate: "fixed", check: "stray-fragment" });
    expect(await verdictOf(lowercase.finding.id)).toMatchObject({ fate: "resolved", check: "lowercase-start" });
    // The missing space further on in the same segment was not touched and still stands.
    expect((await findingFor(demoId, "year.This")).finding.dismissal).toBeNull();
  });

  it("resolves a page-chrome finding when someone marks the segment as chrome by hand; the mark-chrome fix is a fix", async () => {
    const repeated = await findingFor(smallId, "The army takes the northern town", "page-chrome");
    expect(repeated.segment.kind).toBe("subheading");
    expect(
      (await toggleChrome(database.db, { segmentId: repeated.segment.id, version: repeated.segment.version }, tess)).ok,
    ).toBe(true);
    expect(await verdictOf(repeated.finding.id)).toMatchObject({ fate: "resolved", check: "page-chrome" });

    const readingTime = await database.db.segment.findFirstOrThrow({ where: { articleId: demoId, text: "3 min" } });
    expect(
      (await toggleChrome(database.db, { segmentId: readingTime.id, version: readingTime.version }, tess)).ok,
    ).toBe(true);
    const chrome = await findingFor(demoId, "3 min", "page-chrome");
    const mark = chrome.finding.fixes.findIndex((fix) => fix.type === "mark-chrome");
    expect(
      (
        await applyFix(
          database.db,
          { findingId: chrome.finding.id, fixIndex: mark, version: chrome.segment.version },
          tess,
        )
      ).ok,
    ).toBe(true);
    expect(await verdictOf(chrome.finding.id)).toMatchObject({ fate: "fixed", check: "page-chrome" });
  });

  it("makes the other findings of a segment marked as page chrome stale", async () => {
    const trench = await findingFor(demoId, "trenchIt");
    expect(
      (await toggleChrome(database.db, { segmentId: trench.segment.id, version: trench.segment.version }, tess)).ok,
    ).toBe(true);
    expect(await verdictOf(trench.finding.id)).toMatchObject({
      fate: "stale",
      staleCause: "chrome",
      decidedById: tess,
    });
  });

  it("makes a finding stale when the check stops finding it though nobody edited its place", async () => {
    // Editing the headline makes the repeated one below it no longer a repeat.
    const repeated = await findingFor(smallId, "The army takes the northern town", "page-chrome");
    const headline = await database.db.segment.findFirstOrThrow({ where: { articleId: smallId, kind: "headline" } });
    await editSegment(
      database.db,
      { segmentId: headline.id, version: headline.version, text: "The army takes the town" },
      tess,
    );
    expect((await listFindings(database.db, smallId)).some((finding) => finding.id === repeated.finding.id)).toBe(
      false,
    );
    expect(await verdictOf(repeated.finding.id)).toMatchObject({
      fate: "stale",
      staleCause: "unfound",
      segmentId: repeated.segment.id,
    });
  });

  it("keeps a finding that a split or a merge carries into another segment: same id, no verdict", async () => {
    const trench = await findingFor(demoId, "trenchIt");
    const previous = await database.db.segment.findFirstOrThrow({
      where: { articleId: demoId, position: trench.segment.position - 1 },
    });
    expect(previous.block).toBe(trench.segment.block);
    expect(
      (
        await mergeWithNext(
          database.db,
          { segmentId: previous.id, version: previous.version, nextVersion: trench.segment.version },
          tess,
        )
      ).ok,
    ).toBe(true);
    const merged = await findingFor(demoId, "trenchIt");
    expect(merged.finding.id).toBe(trench.finding.id);
    expect(merged.segment.id).toBe(previous.id);

    const at = merged.segment.text.indexOf("Another work");
    expect(
      (
        await splitSegment(
          database.db,
          { segmentId: previous.id, version: merged.segment.version, at, newPart: "after" },
          tess,
        )
      ).ok,
    ).toBe(true);
    const split = await findingFor(demoId, "trenchIt");
    expect(split.finding.id).toBe(trench.finding.id);
    expect(split.segment.id).not.toBe(previous.id);
    expect(split.segment.text.startsWith("Another work")).toBe(true);
    expect(await verdictOf(trench.finding.id)).toBeNull();
  });

  it("makes a finding stale when its segment is merged away and it does not come along", async () => {
    const trench = await findingFor(demoId, "trenchIt");
    const previous = await database.db.segment.findFirstOrThrow({
      where: { articleId: demoId, position: trench.segment.position - 1 },
    });
    // What an older version of the checks found at the start of the next segment, and finds no more.
    const old = await database.db.finding.create({
      data: {
        articleId: demoId,
        segmentId: trench.segment.id,
        check: "spacing",
        category: "fluency",
        severity: "minor",
        start: 0,
        end: 7,
        text: "Another",
        fixes: [],
      },
    });
    expect(
      (
        await mergeWithNext(
          database.db,
          { segmentId: previous.id, version: previous.version, nextVersion: trench.segment.version },
          tess,
        )
      ).ok,
    ).toBe(true);
    expect(await verdictOf(old.id)).toMatchObject({
      fate: "stale",
      staleCause: "merged",
      segmentId: trench.segment.id,
    });
    expect(await verdictOf(trench.finding.id)).toBeNull();
  });

  it("makes the open findings of a deleted article stale and keeps the verdicts, unlinked", async () => {
    const open = (await listFindings(database.db, smallId)).filter((finding) => !finding.dismissal);
    const trench = await findingFor(smallId, "trenchIt");
    await dismissFinding(database.db, { findingId: trench.finding.id, reasonCode: "correct" }, tess);
    expect((await deleteArticle(database.db, smallId, tess)).ok).toBe(true);
    const verdicts = await database.db.findingVerdict.findMany({
      where: { findingId: { in: open.map((finding) => finding.id) } },
      orderBy: { findingId: "asc" },
    });
    expect(verdicts.map((verdict) => [verdict.findingId, verdict.fate, verdict.staleCause])).toEqual(
      open.map((finding) => [
        finding.id,
        finding.id === trench.finding.id ? "dismissed" : "stale",
        finding.id === trench.finding.id ? null : "deleted",
      ]),
    );
    expect(verdicts.every((verdict) => verdict.articleId === null && verdict.segmentId === null)).toBe(true);
  });
});
