import { ok } from "../result";
import type { ArticleDraft } from "./article-draft";
import { draftFromUnits, type UnitSegment } from "./draft-from-units";
import { importFailure, type ImportResult } from "./import-failure";
import { checkNesting } from "./nesting";
import type { XmlElement } from "./parse-xml";
import { pickLanguage, pickTargetLanguage } from "./pick-language";
import { statusFromXliff12 } from "./xliff-states";
import { readInlineContent } from "./xliff-inline-text";
import type { XliffOptions } from "./xliff-options";
import { asSegmentKind, GALLEY_XLIFF_NAMESPACE, MACHINE_TRANSLATION_ORIGINS } from "./xliff-vocabulary";
import { attributeOf, childElements, firstChild } from "./xml-element";

// Between the sentences of one block; 1.2 has no element for inter-segment text.
const SENTENCE_GAP = " ";

/** The trans-units of a body, through any depth of groups, in document order. */
function transUnitsOf(parent: XmlElement, depth = 0): XmlElement[] {
  checkNesting(depth);
  return childElements(parent).flatMap((child) =>
    child.local === "trans-unit" ? [child] : child.local === "group" ? transUnitsOf(child, depth + 1) : [],
  );
}

/** The machine output a trans-unit keeps as an alternative translation, if any. */
function machineOutput(unit: XmlElement): string | undefined {
  const alternative = childElements(unit, "alt-trans").find((candidate) =>
    MACHINE_TRANSLATION_ORIGINS.has((attributeOf(candidate, "origin") ?? "").toLowerCase()),
  );
  return alternative && readInlineContent(firstChild(alternative, "target"))?.text;
}

// PO metadata lines, "Project-Id-Version: galley 1.0", which gettext keeps in its header entry.
const PO_HEADER_FIELD =
  /^(?:Project-Id-Version|Report-Msgid-Bugs-To|POT-Creation-Date|PO-Revision-Date|Last-Translator|Language-Team|Language|MIME-Version|Content-Type|Content-Transfer-Encoding|Plural-Forms|X-[\w-]+):/mu;

/**
 * The header entry of a PO file converted to XLIFF (po2xliff): marked with its restype, or a
 * unit with an empty source whose target is PO metadata. It is no text of the article.
 */
function isPoHeader(unit: XmlElement): boolean {
  if (attributeOf(unit, "restype") === "x-gettext-domain-header") return true;
  const source = readInlineContent(firstChild(unit, "source"))?.text ?? "";
  const target = readInlineContent(firstChild(unit, "target"))?.text ?? "";
  return source.trim() === "" && PO_HEADER_FIELD.test(target);
}

function readTransUnit(unit: XmlElement, id: string): ImportResult<UnitSegment> {
  const source = readInlineContent(firstChild(unit, "source"));
  if (!source) return importFailure("xliffInvalid", { line: unit.line, column: unit.column, problem: "missingSource" });
  const targetElement = firstChild(unit, "target");
  const target = readInlineContent(targetElement);
  const machine = machineOutput(unit);
  const text = machine ?? target?.text ?? "";
  const status = statusFromXliff12({
    galleyStatus: attributeOf(unit, "status", GALLEY_XLIFF_NAMESPACE),
    approved: attributeOf(unit, "approved"),
    state: targetElement && attributeOf(targetElement, "state"),
    stateQualifier: targetElement && attributeOf(targetElement, "state-qualifier"),
  });
  return ok({
    gapBefore: SENTENCE_GAP,
    text,
    ...(target && target.text !== text ? { currentText: target.text } : {}),
    sourceText: source.text === "" ? null : source.text,
    status,
    externalId: id,
    kind:
      asSegmentKind(attributeOf(unit, "kind", GALLEY_XLIFF_NAMESPACE)) ??
      (attributeOf(unit, "translate") === "no" ? "page_chrome" : null),
    hints: machine === undefined ? (target?.hints ?? []) : [],
  });
}

/**
 * Reads an XLIFF 1.2 (or 1.1) document: one segment per `<trans-unit>`, its id kept.
 * Consecutive trans-units with the same galley:block form one block; without it, each is a
 * block. `<seg-source>` is not read: source and target are taken whole. A PO header entry
 * is skipped.
 */
export function readXliff12(root: XmlElement, options: XliffOptions): ImportResult<ArticleDraft> {
  const files = childElements(root, "file");
  const [first] = files;
  const targetLang = pickTargetLanguage(first && attributeOf(first, "target-language"), options.targetLang);
  if (!targetLang.ok) return targetLang;
  const sourceLang = pickLanguage(first && attributeOf(first, "source-language"), options.sourceLang);
  if (!sourceLang.ok) return sourceLang;
  const units: UnitSegment[][] = [];
  let previousBlock: string | undefined;
  for (const unit of files.flatMap((file) => childElements(file, "body")).flatMap(transUnitsOf)) {
    if (isPoHeader(unit)) continue;
    const id = attributeOf(unit, "id");
    if (!id) return importFailure("xliffInvalid", { line: unit.line, column: unit.column, problem: "missingId" });
    const segment = readTransUnit(unit, id);
    if (!segment.ok) return segment;
    const block = attributeOf(unit, "block", GALLEY_XLIFF_NAMESPACE);
    const current = units.at(-1);
    if (current && block !== undefined && block === previousBlock) current.push(segment.value);
    else units.push([segment.value]);
    previousBlock = block;
  }
  return ok(
    draftFromUnits(units, { origin: options.origin, sourceLang: sourceLang.value, targetLang: targetLang.value }),
  );
}
