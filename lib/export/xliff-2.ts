import { STATUS_TO_XLIFF_2_STATE, galleySubState } from "../import/xliff-states";
import {
  GALLEY_XLIFF_NAMESPACE,
  GALLEY_XLIFF_PREFIX,
  XLIFF_2_NAMESPACE,
  XLIFF_MATCHES_NAMESPACE,
} from "../import/xliff-vocabulary";
import { isInScope, type ArticleContent, type ExportOptions, type ExportSegment } from "./article-content";
import { IdAllocator } from "./id-allocator";
import { escapeXmlText, xmlAttributes } from "./xml-text";

const UNDETERMINED_LANGUAGE = "und";
// XLIFF 2.0 ids are NMTOKENs; an id from elsewhere that isn't one is replaced.
const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\-\u00B7\u203F\u2040]+$/u;

/** XLIFF 2.0 writes a character that XML cannot hold as `<cp hex="…"/>`. */
function text(value: string): string {
  return escapeXmlText(
    value,
    (character) => `<cp hex="${(character.codePointAt(0) ?? 0xfffd).toString(16).toUpperCase().padStart(4, "0")}"/>`,
  );
}

/** "unit/segment" as the XLIFF 2 importer writes it; a segment without an id of its own has "unit" only. */
function splitExternalId(externalId: string | null | undefined): { unit: string | null; segment: string | null } {
  if (!externalId) return { unit: null, segment: null };
  const slash = externalId.indexOf("/");
  return slash === -1
    ? { unit: externalId, segment: null }
    : { unit: externalId.slice(0, slash), segment: externalId.slice(slash + 1) };
}

function groupByBlock(segments: readonly ExportSegment[]): ExportSegment[][] {
  const units: ExportSegment[][] = [];
  for (const segment of segments) {
    const current = units.at(-1);
    if (current && current[0]?.block === segment.block) current.push(segment);
    else units.push([segment]);
  }
  return units;
}

function hasMachineAlternative(segment: ExportSegment): segment is ExportSegment & { mtText: string } {
  return segment.mtText !== undefined && segment.mtText !== segment.text;
}

function writeUnit(segments: readonly ExportSegment[], unitIds: IdAllocator): string[] {
  const unitId = unitIds.take(segments.map((segment) => splitExternalId(segment.externalId).unit).find(Boolean));
  const segmentIds = new IdAllocator("s", (id) => NMTOKEN.test(id));
  // A translation candidate must point at its segment, so a segment that has one gets an id.
  const ids = segments.map((segment) => {
    const own = splitExternalId(segment.externalId).segment;
    return own || hasMachineAlternative(segment) ? segmentIds.take(own) : undefined;
  });
  const unitAttributes = xmlAttributes({
    id: unitId,
    translate: segments.every((segment) => segment.kind === "page_chrome") ? "no" : undefined,
    [`${GALLEY_XLIFF_PREFIX}:kinds`]: segments.map((segment) => segment.kind).join(" "),
  });
  const lines = [`    <unit${unitAttributes}>`];
  const matches = segments.flatMap((segment, index) =>
    hasMachineAlternative(segment)
      ? [
          `        <mtc:match${xmlAttributes({ ref: `#${ids[index] ?? ""}`, type: "mt", origin: "galley" })}>`,
          `          <source>${text(segment.sourceText ?? "")}</source>`,
          `          <target>${text(segment.mtText)}</target>`,
          "        </mtc:match>",
        ]
      : [],
  );
  if (matches.length > 0) lines.push("      <mtc:matches>", ...matches, "      </mtc:matches>");
  segments.forEach((segment, index) => {
    if (index > 0 && segment.gapBefore !== "") {
      lines.push(
        `      <ignorable><source>${text(segment.gapBefore)}</source><target>${text(segment.gapBefore)}</target></ignorable>`,
      );
    }
    const status = segment.status ?? "new";
    lines.push(
      `      <segment${xmlAttributes({ id: ids[index], state: STATUS_TO_XLIFF_2_STATE[status], subState: galleySubState(status) })}>`,
      `        <source>${text(segment.sourceText ?? "")}</source>`,
      `        <target>${text(segment.text)}</target>`,
      "      </segment>",
    );
  });
  lines.push("    </unit>");
  return lines;
}

/**
 * The article as XLIFF 2.0: one `<unit>` per block, one `<segment>` per segment, with the
 * ids it was imported with. The status goes into `state` (see xliff-states.ts) and exactly
 * into `subState="galley:…"`; kinds into `galley:kinds`; page chrome is kept and marked
 * `translate="no"`; an edited segment's machine output is a translation candidate of type "mt".
 */
export function toXliff2(content: ArticleContent, options: ExportOptions = {}): string {
  const unitIds = new IdAllocator("u", (id) => NMTOKEN.test(id));
  const units = groupByBlock(content.segments.filter((segment) => isInScope(segment, options)));
  const rootAttributes = xmlAttributes({
    xmlns: XLIFF_2_NAMESPACE,
    "xmlns:mtc": XLIFF_MATCHES_NAMESPACE,
    [`xmlns:${GALLEY_XLIFF_PREFIX}`]: GALLEY_XLIFF_NAMESPACE,
    version: "2.0",
    srcLang: content.sourceLang ?? UNDETERMINED_LANGUAGE,
    trgLang: content.targetLang ?? UNDETERMINED_LANGUAGE,
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff${rootAttributes}>`,
    // Segments are kept exactly as stored, white space included.
    `  <file${xmlAttributes({ id: "f1", original: content.origin, "xml:space": "preserve" })}>`,
    // The schema wants a unit or a group in every file; an empty group says "nothing in scope".
    ...(units.length > 0 ? units.flatMap((segments) => writeUnit(segments, unitIds)) : ['    <group id="empty"/>']),
    "  </file>",
    "</xliff>",
    "",
  ].join("\n");
}
