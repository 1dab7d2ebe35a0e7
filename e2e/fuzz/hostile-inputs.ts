import fc from "fast-check";

/**
 * Hostile imports and edits, generated from a seed so that a failure can be replayed. Each
 * family is an attack a probe tried on Galley, or a class of malformed input; the cases are
 * made one at a time, since a thousand of them would not fit in memory at once.
 */

export interface ImportCase {
  kind: "import";
  family: string;
  fileName: string;
  /** Sent with a Content-Length, or chunked without one. */
  body: Buffer;
  chunked?: boolean;
  query?: Record<string, string>;
  contentType?: string;
}

export interface EditCase {
  kind: "edit";
  family: string;
  /** The raw JSON body of `PATCH /api/v1/segments/{id}`; `version` is filled in when sending. */
  body: (version: number) => string;
  /** Overrides the segment id in the path. */
  path?: string;
}

export type HostileCase = ImportCase | EditCase;

const KiB = 1024;
const MiB = 1024 * KiB;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function xliff2(target: string, version = "2.0"): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="${version}" srcLang="ca" trgLang="en"><file id="f">`,
    `<unit id="u1"><segment><source>Font.</source><target>${target}</target></segment></unit>`,
    "</file></xliff>",
  ].join("\n");
}

function xliff12(target: string, version = "1.2"): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="${version}"><file source-language="ca" target-language="en" datatype="plaintext" original="a"><body>`,
    `<trans-unit id="1"><source>Font.</source><target>${target}</target></trans-unit>`,
    "</body></file></xliff>",
  ].join("\n");
}

function galleyJson(overrides: Record<string, unknown> = {}, segment: Record<string, unknown> = {}): string {
  const text = "A sentence of the article.";
  return JSON.stringify({
    format: "galley-article",
    version: 1,
    title: "Hostile",
    sourceLang: "ca",
    targetLang: "en",
    origin: "fuzz",
    trailingText: "\n",
    segments: [
      {
        block: 0,
        kind: "paragraph",
        gapBefore: "",
        mtText: text,
        text,
        sourceText: null,
        status: "new",
        externalId: null,
        hints: [],
        revisions: [],
        ...segment,
      },
    ],
    ...overrides,
  });
}

/** JSON with `"\uXXXX"` escapes written out, as a hostile client would send them. */
function withEscape(json: string, placeholder: string, escape: string): string {
  return json.replaceAll(placeholder, escape);
}

const NUMBERS = [2 ** 31, 2 ** 31 - 1 + 1, 2 ** 53 + 1, 1e308, -1, -(2 ** 31) - 1, 1.5, 0];

/** Valid files of every format, to mutate. */
const VALID: readonly { fileName: string; text: string }[] = [
  {
    fileName: "a.txt",
    text: "Section\n\nA headline here\n\nA standfirst.\n\nMoscowThere is one sentence here. And another.\n",
  },
  {
    fileName: "a.md",
    text: "# A headline\n\nA *standfirst* here.\n\n- one\n- two\n\n> quoted [link](http://x.test) text\n",
  },
  {
    fileName: "a.html",
    text: "<!doctype html><html><body><h1>Headline</h1><p>A <a href='x'>link</a>and text.</p><nav>Menu</nav></body></html>",
  },
  { fileName: "a.xlf", text: xliff2("Target <pc id='1'>bold</pc> text.") },
  { fileName: "b.xlf", text: xliff12("Target <g id='1'>bold</g> text.") },
  { fileName: "a.json", text: galleyJson() },
];

/**
 * Every import names a language, so that plain text and Markdown reach their parsers rather than stop at
 * "which language?".
 */
function importCase(
  family: string,
  fileName: string,
  body: string | Buffer,
  extra: Partial<ImportCase> = {},
): ImportCase {
  return {
    kind: "import",
    family,
    fileName,
    body: typeof body === "string" ? Buffer.from(body, "utf8") : body,
    ...extra,
    query: { targetLang: "en", ...extra.query },
  };
}

function editCase(family: string, text: string | ((version: number) => string), path?: string): EditCase {
  const body = typeof text === "function" ? text : (version: number) => JSON.stringify({ text, version });
  return { kind: "edit", family, body, path };
}

/** Choices drawn from numbers that fast-check generated from the seed. */
interface Picker {
  nextInt(min: number, max: number): number;
  nextBoolean(): boolean;
}

function pickerOf(values: readonly number[]): Picker {
  let next = 0;
  const draw = () => values[next++ % values.length] ?? 0;
  return { nextInt: (min, max) => min + (draw() % (max - min + 1)), nextBoolean: () => draw() % 2 === 0 };
}

type Family = (random: Picker) => HostileCase;

const pick = <T>(random: Picker, items: readonly T[]): T => items[random.nextInt(0, items.length - 1)] as T;

/** The attack families, each a function of a seeded random source. */
const FAMILIES: readonly Family[] = [
  // Deep nesting, in every format that nests.
  (random) => {
    const depth = pick(random, [300, 5_000, 50_000, 200_000]);
    return importCase("deep XLIFF 2.0", "deep.xlf", xliff2(`${'<pc id="p">'.repeat(depth)}x${"</pc>".repeat(depth)}`));
  },
  (random) => {
    const depth = pick(random, [300, 20_000, 100_000]);
    return importCase("deep XLIFF 1.2", "deep.xlf", xliff12(`${'<g id="g">'.repeat(depth)}x${"</g>".repeat(depth)}`));
  },
  (random) => {
    const depth = pick(random, [300, 10_000, 100_000]);
    const tag = pick(random, ["div", "b", "span", "blockquote"]);
    return importCase(
      "deep HTML",
      "deep.html",
      `<html><body><p>x</p>${`<${tag}>`.repeat(depth)}text${random.nextBoolean() ? `</${tag}>`.repeat(depth) : ""}</body></html>`,
    );
  },
  (random) => {
    const depth = pick(random, [300, 5_000, 20_000]);
    const lines = Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}- item ${level}`);
    return importCase("deep Markdown list", "list.md", lines.join("\n").slice(0, 2.2 * MiB));
  },
  (random) => importCase("deep Markdown quote", "quote.md", `${">".repeat(pick(random, [300, 10_000, 100_000]))} deep`),
  (random) =>
    importCase(
      "deep JSON",
      "deep.json",
      `{"format":"galley-article","version":1,"title":${"[".repeat(pick(random, [1_000, 100_000]))}`,
    ),
  // Markdown that costs parsers far more than its size.
  (random) => {
    const unit = pick(random, ["*a_", "**_", "[a](", "![", "`a", "<a ", "_*", "\\*a", "[a]: <", "*a**b"]);
    return importCase("pathological Markdown", "slow.md", repeatTo(unit, pick(random, [3 * KiB, 30 * KiB, 300 * KiB])));
  },
  // Bracket and quote floods: one long segment, or thousands of short ones.
  (random) => {
    const unit = pick(random, ['"([', "(", "“«(", ")", '"']);
    const sentences = random.nextBoolean();
    const size = pick(random, [4 * KiB, 64 * KiB, MiB - 1]);
    const text = sentences ? repeatTo(`${unit}${unit} x. `, size) : repeatTo(unit, size);
    return importCase("bracket flood", pick(random, ["flood.txt", "flood.md"]), text, { query: { targetLang: "en" } });
  },
  (random) =>
    importCase(
      "fused-word flood",
      "fused.txt",
      repeatTo("homelandThe year.This ", pick(random, [4 * KiB, 256 * KiB])),
      { query: { targetLang: "en" } },
    ),
  // NUL bytes and lone surrogates wherever text goes.
  (random) => {
    const where = pick(random, ["title", "text", "origin", "author", "sourceText"] as const);
    const json =
      where === "title" || where === "origin"
        ? galleyJson({ [where]: "before@@after" })
        : where === "author"
          ? galleyJson(
              {},
              {
                revisions: [
                  {
                    version: 2,
                    action: "edit",
                    author: { name: "N@@", email: "x@y.z" },
                    textBefore: "a",
                    textAfter: "b",
                    statusBefore: "new",
                    statusAfter: "edited",
                    kindBefore: "paragraph",
                    kindAfter: "paragraph",
                    comment: null,
                    overridden: null,
                    createdAt: "2026-01-01T00:00:00.000Z",
                  },
                ],
              },
            )
          : galleyJson({}, { [where]: "before@@after" });
    return importCase(
      "NUL or lone surrogate in Galley JSON",
      "text.json",
      withEscape(json, "@@", pick(random, ["\\u0000", "\\ud800", "\\udfff", "\\ud83d"])),
    );
  },
  (random) =>
    importCase("NUL in origin", "a.txt", "A sentence.\n", {
      query: { targetLang: "en", origin: pick(random, ["\u0000", "a\u0000b", "\ud800".normalize()]) },
    }),
  (random) =>
    importCase(
      "NUL bytes in text",
      pick(random, ["a.txt", "a.md", "a.html", "a.xlf"]),
      Buffer.concat([Buffer.from("A sentence"), Buffer.alloc(pick(random, [1, 64])), Buffer.from(".\n")]),
      { query: { targetLang: "en" } },
    ),
  (random) =>
    importCase(
      "surrogates as UTF-8 bytes",
      "a.txt",
      Buffer.concat([
        Buffer.from("A "),
        Buffer.from(
          pick(random, [
            [0xed, 0xa0, 0x80],
            [0xed, 0xbf, 0xbf],
            [0xf4, 0x90, 0x80, 0x80],
            [0xc0, 0x80],
          ]),
        ),
        Buffer.from(" b.\n"),
      ]),
      { query: { targetLang: "en" } },
    ),
  // Numbers past what a column holds.
  (random) => {
    const value = pick(random, NUMBERS);
    const field = pick(random, ["block", "version", "hint", "dismissal"] as const);
    const json =
      field === "block"
        ? galleyJson({}, { block: value })
        : field === "version"
          ? galleyJson(
              {},
              {
                revisions: [
                  {
                    version: value,
                    action: "edit",
                    author: null,
                    textBefore: "a",
                    textAfter: "b",
                    statusBefore: "new",
                    statusAfter: "edited",
                    kindBefore: "paragraph",
                    kindAfter: "paragraph",
                    comment: null,
                    overridden: null,
                    createdAt: "2026-01-01T00:00:00.000Z",
                  },
                ],
              },
            )
          : field === "hint"
            ? galleyJson({}, { hints: [{ type: "link", start: 0, end: value }] })
            : galleyJson(
                {},
                {
                  dismissals: [
                    {
                      check: "spacing",
                      start: 0,
                      end: value,
                      segmentText: "x",
                      reason: null,
                      by: null,
                      at: "2026-01-01T00:00:00.000Z",
                    },
                  ],
                },
              );
    return importCase("huge numbers in Galley JSON", "numbers.json", json);
  },
  (random) =>
    importCase("huge numbers in the query", "a.txt", "A sentence.\n", {
      query: {
        targetLang: pick(random, ["en", "!!", "x".repeat(200), "en-US-x-abcdefghi", "zz-ZZ", "12"]),
        maxBytes: String(pick(random, NUMBERS)),
      },
    }),
  // Versions and encodings Galley does not read.
  (random) => {
    const version = pick(random, ["2.0.1", "2.3", "3.0", "", "1.0", "2.0 ", "2.0\u0000"]);
    return importCase(
      "XLIFF version",
      "v.xlf",
      random.nextBoolean() ? xliff2("Text.", version) : xliff12("Text.", version),
    );
  },
  (random) => {
    const declared = pick(random, ["windows-1252", "x-unknown", "utf-16", "iso-2022-jp", "utf-7", "ebcdic"]);
    const body = Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="${declared}"?>`),
      Buffer.from(xliff2("Caf\u00e9").split("\n").slice(1).join("\n"), "latin1"),
      Buffer.from([0x81, 0x8d, 0xff]),
    ]);
    return importCase("wrong encoding", "enc.xlf", body);
  },
  (random) =>
    importCase(
      "UTF-16 without a mark",
      "u16.txt",
      Buffer.from(repeatTo("A sentence. ", pick(random, [100, 10_000])), "utf16le"),
      { query: { targetLang: "en" } },
    ),
  // Oversized, announced or streamed.
  (random) =>
    importCase("oversized upload", "big.txt", Buffer.alloc(5 * MiB + pick(random, [1, MiB]), 0x61), {
      chunked: random.nextBoolean(),
      query: { targetLang: "en" },
    }),
  // Valid files of every format, mutated.
  (random) => {
    const base = pick(random, VALID);
    const bytes = Buffer.from(base.text, "utf8");
    const mutation = pick(random, ["flip", "truncate", "duplicate", "splice"] as const);
    if (mutation === "truncate")
      return importCase("mutated file", base.fileName, bytes.subarray(0, random.nextInt(0, bytes.length)), {
        query: { targetLang: "en" },
      });
    if (mutation === "duplicate")
      return importCase(
        "mutated file",
        base.fileName,
        Buffer.concat(Array.from({ length: random.nextInt(2, 200) }, () => bytes)),
        { query: { targetLang: "en" } },
      );
    const copy = Buffer.from(bytes);
    for (let flips = random.nextInt(1, 12); flips > 0; flips--)
      copy[random.nextInt(0, copy.length - 1)] =
        mutation === "flip" ? random.nextInt(0, 255) : pick(random, [0x3c, 0x3e, 0x22, 0x7b, 0x5b, 0x26]);
    return importCase("mutated file", base.fileName, copy, { query: { targetLang: "en" } });
  },
  // Edits: floods up to and past the segment limit, characters Galley cannot store, bad numbers.
  (random) => {
    const unit = pick(random, ["(", '"([', "“«(", "homelandThe ", "the ", ")", "year.This "]);
    return editCase("edit flood", repeatTo(unit, pick(random, [3_000, 5_000, 5_001, 10_000, 200_000])));
  },
  (random) =>
    editCase(
      "edit with NUL or lone surrogate",
      (version) => `{"text":"A ${pick(random, ["\\u0000", "\\ud800", "\\udc00", "\\ud83d"])} b","version":${version}}`,
    ),
  (random) => editCase("edit with a line break", pick(random, ["a\nb", "a\r\nb", "a\u2028b"])),
  (random) =>
    editCase(
      "edit with a bad version",
      () =>
        `{"text":"A sentence.","version":${pick(random, ["2147483648", "9007199254740993", "1e308", "-1", "1.5", '"1"', "null", "[]"])}}`,
    ),
  (random) =>
    editCase(
      "edit of a bad id",
      "A sentence.",
      pick(random, ["99999999999999999999", "2147483648", "-1", "0", "abc", "1e3", "%00"]),
    ),
  (random) =>
    editCase("edit with malformed JSON", () =>
      pick(random, ["{", '{"text":', "[".repeat(50_000), "null", '{"text":"a","version":1,"text":"b"}', "\u0000"]),
    ),
];

/** `count` hostile cases from `seed`, every family in turn so that a short run still covers each one. */
export function* hostileCases(count: number, seed: number): Generator<HostileCase> {
  const entropy = fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 32, maxLength: 32 });
  for (let index = 0; index < count; index++) {
    const family = FAMILIES[index % FAMILIES.length] as Family;
    const [values = []] = fc.sample(entropy, { seed: seed + index, numRuns: 1 });
    yield family(pickerOf(values));
  }
}

export const FAMILY_COUNT = FAMILIES.length;
