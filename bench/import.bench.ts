/**
 * Importing a 10,000-segment XLIFF 2.0 file, as `galley import` and the API do: parse
 * time (in this thread, and in the import pool's worker thread as the app does it), store
 * time (segments, then every check over the article and its findings), segments per second
 * and the heap it takes, on PGlite and on the PostgreSQL server.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { importArticle } from "../lib/db/articles/import-article";
import { importArticleFile } from "../lib/db/articles/import-article-file";
import type { Database } from "../lib/db/connect";
import { readArticleFile, type ArticleFile } from "../lib/import/import-file";
import { closeImportPool, readArticleFileInPool } from "../lib/import/import-pool";
import { embeddedBenchDatabase, serverBenchDatabase, type BenchDatabase } from "./support/databases";

const SEGMENTS = 10_000;
const RUNS = 3;
const TARGET_PER_SECOND = 5_000;

/** A small deterministic generator, so every run imports the same file. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20_251_127);
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

// Pairs of Catalan source and English machine output, with slots filled per sentence.
const PEOPLE = [
  ["el ministre d'Economia", "the Minister of Economy"],
  ["l'alcaldessa de Girona", "the mayor of Girona"],
  ["el portaveu del govern", "the government spokesman"],
  ["la directora de l'hospital", "the director of the hospital"],
  ["el president del club", "the club's president"],
  ["la consellera de Salut", "the Health Minister"],
] as const;
const PLACES = [
  ["a Barcelona", "in Barcelona"],
  ["al port de Tarragona", "at the port of Tarragona"],
  ["a la frontera amb França", "on the border with France"],
  ["a Moscou", "in Moscow"],
  ["al Parlament", "in Parliament"],
  ["a l'aeroport del Prat", "at El Prat airport"],
] as const;
const DAYS = [
  ["dilluns", "on Monday"],
  ["dimarts", "on Tuesday"],
  ["aquest matí", "this morning"],
  ["la setmana passada", "last week"],
  ["el 2023", "in 2023"],
] as const;
const SENTENCES: readonly ((
  n: string,
  person: readonly [string, string],
  place: readonly [string, string],
  day: readonly [string, string],
) => [string, string])[] = [
  (n, person, place, day) => [
    `${cap(person[0])} va anunciar ${day[0]} una inversió de ${n} milions d'euros ${place[0]}.`,
    `${cap(person[1])} announced ${day[1]} an investment of ${n} million euros ${place[1]}.`,
  ],
  (n, _person, place, day) => [
    `Segons les dades oficials, ${n} persones van ser evacuades ${place[0]} ${day[0]}.`,
    `According to official data, ${n} people were evacuated ${place[1]} ${day[1]}.`,
  ],
  (_n, person, _place, _day) => [
    `"No renunciarem a res", va dir ${person[0]}.`,
    `"We will not give up anything," said ${person[1]}.`,
  ],
  (n, _person, place, _day) => [
    `La mesura afectarà uns ${n} treballadors ${place[0]} i entrarà en vigor el gener.`,
    `The measure will affect some ${n} workers ${place[1]} and will come into force in January.`,
  ],
  (n, person, _place, day) => [
    `${cap(person[0])} va reconèixer ${day[0]} que el pressupost de R+D era de ${n} milions.`,
    `${cap(person[1])} acknowledged ${day[1]} that the R&D budget was ${n} million.`,
  ],
  (_n, _person, place, _day) => [
    `Els veïns es van concentrar ${place[0]} per reclamar més habitatge públic.`,
    `Residents gathered ${place[1]} to demand more public housing.`,
  ],
  (n, _person, _place, day) => [
    `L'índex de preus va pujar un ${n} per cent ${day[0]}, el màxim en una dècada.`,
    `The price index rose by ${n} percent ${day[1]}, the highest in a decade.`,
  ],
  (_n, person, place, _day) => [
    `No està clar si ${person[0]} compareixerà ${place[0]} o enviarà un representant.`,
    `It is not clear whether ${person[1]} will appear ${place[1]} or send a representative.`,
  ],
];
// What machine translation of a web page leaves behind now and then, for the checks to find.
const ARTIFACTS: readonly ((text: string) => string)[] = [
  (text) => text.replace(/ (\p{Lu})/u, "$1"),
  (text) => text.replace(" the ", " the the "),
  (text) => text.replace(", ", ",  "),
  (text) => text.replace(/\.$/u, ".Most of them"),
  (text) => text.replace(" or ", " either "),
];
const STATES = ["", ' state="initial"', ' state="translated"', ' state="reviewed"', ' state="final"'] as const;

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

function sentence(): [string, string] {
  const n = (Math.floor(next() * 9000) + 100).toLocaleString("en");
  const [source, target] = pick(SENTENCES)(n.replace(",", "."), pick(PEOPLE), pick(PLACES), pick(DAYS));
  // Numbers are written the local way in each language; a few artifacts are mixed in.
  const english = target.replace(n.replace(",", "."), n);
  return [source, next() < 0.06 ? pick(ARTIFACTS)(english) : english];
}

/** An article of `segments` segments in units of one to four, unique ids, most with a source and a state. */
export function xliffArticle(segments: number): string {
  const units: string[] = [
    '<unit id="kicker" translate="no"><segment id="1" state="final"><source>Política</source><target>Politics</target></segment></unit>',
    '<unit id="title"><segment id="1"><source>El pressupost que ningú no volia</source><target>The budget that nobody wanted</target></segment></unit>',
  ];
  let count = 2;
  for (let unit = 1; count < segments; unit++) {
    const size = Math.min(1 + Math.floor(next() * 4), segments - count);
    const parts: string[] = [];
    for (let index = 1; index <= size; index++) {
      const [source, target] = sentence();
      // A third of the segments come without their source, as some CMS exports do.
      const sourceXml = next() < 0.33 ? "<source/>" : `<source>${escapeXml(source)}</source>`;
      if (index > 1) parts.push("<ignorable><source> </source></ignorable>");
      parts.push(`<segment id="${index}"${pick(STATES)}>${sourceXml}<target>${escapeXml(target)}</target></segment>`);
    }
    units.push(`<unit id="p${unit}">${parts.join("")}</unit>`);
    count += size;
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ca" trgLang="en">',
    '<file id="f1" original="politica/el-pressupost.html">',
    ...units,
    "</file>",
    "</xliff>",
    "",
  ].join("\n");
}

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

interface Run {
  parseMs: number;
  /** The same file read in the import pool's (warm) thread: parsing plus copying the file there and the draft back. */
  poolMs: number;
  storeMs: number;
  /** Heap in use at the end of the import over the heap before it, garbage included. */
  heapDelta: number;
  /** What stays once the import is done and collected: the draft is gone, so this is about zero. */
  heapRetained: number;
}

/** `importArticleFile` in its two steps, timed apart: reading the file, then storing the article. */
async function timedImport(database: Database, file: ArticleFile): Promise<Run> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const draft = readArticleFile(file);
  const parsed = performance.now();
  if (!draft.ok) throw new Error(`the bench file did not read: ${draft.code}`);
  const inPool = await readArticleFileInPool(file);
  const poolMs = performance.now() - parsed;
  if (!inPool.ok || inPool.value.segments.length !== SEGMENTS)
    throw new Error("the bench file did not read in the pool");
  if (draft.value.segments.length !== SEGMENTS)
    throw new Error(`expected ${SEGMENTS} segments, read ${draft.value.segments.length}`);
  const storing = performance.now();
  await importArticle(database.db, draft.value);
  const stored = performance.now();
  const heapDelta = process.memoryUsage().heapUsed - before;
  collectGarbage();
  return {
    parseMs: parsed - started,
    poolMs,
    storeMs: stored - storing,
    heapDelta,
    heapRetained: process.memoryUsage().heapUsed - before,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function benchOn(name: string, bench: BenchDatabase, file: ArticleFile): Promise<void> {
  const database = await bench.open();
  try {
    // The first import loads the dictionary and warms the JIT and the database's caches.
    const warmUp = await importArticleFile(database.db, {
      ...file,
      bytes: new TextEncoder().encode(xliffArticle(500)),
    });
    if (!warmUp.ok) throw new Error(`the warm-up file did not import: ${warmUp.code}`);
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await timedImport(database, file));
    const parseMs = median(runs.map((run) => run.parseMs));
    const poolMs = median(runs.map((run) => run.poolMs));
    const storeMs = median(runs.map((run) => run.storeMs));
    const perSecond = SEGMENTS / ((parseMs + storeMs) / 1000);
    const perSecondInPool = SEGMENTS / ((poolMs + storeMs) / 1000);
    console.log(
      `${name.padEnd(10)} parse ${parseMs.toFixed(0).padStart(5)} ms (in the pool ${poolMs.toFixed(0).padStart(5)} ms), store ${storeMs.toFixed(0).padStart(5)} ms, ` +
        `${Math.round(perSecond).toLocaleString("en").padStart(6)} segments/s (${Math.round(perSecondInPool).toLocaleString("en")} with the pool), heap +${megabytes(median(runs.map((run) => run.heapDelta)))} ` +
        `during the import, +${megabytes(median(runs.map((run) => run.heapRetained)))} after (median of ${RUNS})`,
    );
  } finally {
    await database.close();
  }
}

export async function run(): Promise<void> {
  try {
    await runOn();
  } finally {
    await closeImportPool();
  }
}

async function runOn(): Promise<void> {
  const xml = xliffArticle(SEGMENTS);
  const bytes = new TextEncoder().encode(xml);
  const file: ArticleFile = { bytes, fileName: "bench.xlf", maxBytes: bytes.length };
  console.log(
    `file: ${SEGMENTS.toLocaleString("en")} segments of XLIFF 2.0, ${megabytes(bytes.length)}; target ${TARGET_PER_SECOND.toLocaleString("en")} segments/s on the server`,
  );

  const embedded = embeddedBenchDatabase();
  try {
    await benchOn("PGlite", embedded, file);
  } finally {
    await embedded.remove();
  }

  let server: BenchDatabase;
  try {
    server = await serverBenchDatabase();
  } catch (error) {
    console.log(`PostgreSQL skipped: no server reachable (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  try {
    await benchOn("PostgreSQL", server, file);
  } finally {
    await server.remove();
  }
}
