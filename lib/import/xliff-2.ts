import { ok } from "../result";
import type { ArticleDraft } from "./article-draft";
import { draftFromUnits, type UnitSegment } from "./draft-from-units";
import { importFailure, type ImportResult } from "./import-failure";
import { checkNesting } from "./nesting";
import type { XmlElement } from "./parse-xml";
import { pickLanguage, pickTargetLanguage } from "./pick-language";
import { statusFromXliff2 } from "./xliff-states";
import { readInlineContent } from "./xliff-inline-text";
import { asSegmentKind, GALLEY_XLIFF_NAMESPACE, XLIFF_MATCHES_NAMESPACE } from "./xliff-vocabulary";
import type { XliffOptions } from "./xliff-options";
import { attributeOf, childElements, firstChild } from "./xml-element";

/** The units of a file, through any depth of groups, in document order. */
function unitsOf(parent: XmlElement, depth = 0): XmlElement[] {
  checkNesting(depth);
  return childElements(parent).flatMap((child) =>
    child.local === "unit" ? [child] : child.local === "group" ? unitsOf(child, depth + 1) : [],
  );
}

/** Machine output the unit offers as translation candidates, by the segment id its `ref` points to. */
function machineOutputs(unit: XmlElement): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const matches of childElements(unit, "matches", XLIFF_MATCHES_NAMESPACE)) {
    for (const match of childElements(matches, "match")) {
      const ref = attributeOf(match, "ref")?.replace(/^#/u, "");
      const target = readInlineContent(firstChild(match, "target", unit.uri));
      if (attributeOf(match, "type") === "mt" && ref && target && !outputs.has(ref)) outputs.set(ref, target.text);
    }
  }
  return outputs;
}

function readUnit(unit: XmlElement, unitId: string): ImportResult<UnitSegment[]> {
  const kinds = attributeOf(unit, "kinds", GALLEY_XLIFF_NAMESPACE)?.split(/\s+/u) ?? [];
  const untranslatable = attributeOf(unit, "translate") === "no";
  const outputs = machineOutputs(unit);
  const segments: UnitSegment[] = [];
  let gap = "";
  for (const child of childElements(unit)) {
    if (child.local === "ignorable") {
      gap += readInlineContent(firstChild(child, "target") ?? firstChild(child, "source"))?.text ?? "";
      continue;
    }
    if (child.local !== "segment") continue;
    const source = readInlineContent(firstChild(child, "source"));
    if (!source)
      return importFailure("xliffInvalid", { line: child.line, column: child.column, problem: "missingSource" });
    const segmentId = attributeOf(child, "id");
    const target = readInlineContent(firstChild(child, "target"));
    const machine = segmentId === undefined ? undefined : outputs.get(segmentId);
    const text = machine ?? target?.text ?? "";
    segments.push({
      gapBefore: gap,
      text,
      ...(target && target.text !== text ? { currentText: target.text } : {}),
      sourceText: source.text === "" ? null : source.text,
      status: statusFromXliff2(attributeOf(child, "state"), attributeOf(child, "subState")),
      externalId: segmentId === undefined ? unitId : `${unitId}/${segmentId}`,
      kind: asSegmentKind(kinds[segments.length]) ?? (untranslatable ? "page_chrome" : null),
      hints: machine === undefined ? (target?.hints ?? []) : [],
    });
    gap = "";
  }
  return ok(segments);
}

/**
 * Reads an XLIFF 2.x document: one block per `<unit>`, one segment per `<segment>`, whose
 * id is kept as "unit/segment" (or "unit" when the segment has none). `<ignorable>` text is
 * the space between segments; `translate="no"` units are page chrome.
 */
export function readXliff2(root: XmlElement, options: XliffOptions): ImportResult<ArticleDraft> {
  const targetLang = pickTargetLanguage(attributeOf(root, "trgLang"), options.targetLang);
  if (!targetLang.ok) return targetLang;
  const sourceLang = pickLanguage(attributeOf(root, "srcLang"), options.sourceLang);
  if (!sourceLang.ok) return sourceLang;
  const units: UnitSegment[][] = [];
  for (const unit of childElements(root, "file").flatMap(unitsOf)) {
    const unitId = attributeOf(unit, "id");
    if (!unitId) return importFailure("xliffInvalid", { line: unit.line, column: unit.column, problem: "missingId" });
    const segments = readUnit(unit, unitId);
    if (!segments.ok) return segments;
    units.push(segments.value);
  }
  return ok(
    draftFromUnits(units, { origin: options.origin, sourceLang: sourceLang.value, targetLang: targetLang.value }),
  );
}
