import { describe, expect, it } from "vitest";
import { readHunspell } from "./hunspell-word-list";
import { sourceLexicon } from "./source-lexicon";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// A made-up dictionary in Hunspell's format: two-character flags, suffixes, a prefix, a forbidden word.
const AFF = `SET UTF-8
FLAG long
FORBIDDENWORD ZZ

SFX Pl Y 2
SFX Pl 0 s [^a]
SFX Pl a es a

SFX Ob Y 1
SFX Ob ó ons ó

PFX Re Y 1
PFX Re 0 re .
`;
const DIC = `7
casa/Pl
cotxe/Pl
camió/Ob
fer/Re
obrir/Re
Girona
cosa/ZZ
`;

describe("readHunspell", () => {
  const words = readHunspell(encode(AFF), encode(DIC));

  it("knows stems and the forms their suffix and prefix rules make", () => {
    for (const word of ["casa", "cases", "cotxes", "camió", "camions", "fer", "refer", "reobrir"])
      expect(words.has(word), word).toBe(true);
  });

  it("applies a rule only where its condition and the stem's flags allow", () => {
    for (const word of ["casas", "camiós", "fers", "recasa", "camionss"]) expect(words.has(word), word).toBe(false);
  });

  it("tells names from ordinary words, and ignores the case of a sentence's first word", () => {
    expect(words.isName("Girona")).toBe(true);
    expect(words.hasCommon("Girona")).toBe(false);
    expect(words.hasCommon("Cases")).toBe(true);
    expect(words.isName("Cases")).toBe(false);
  });

  it("refuses a forbidden word", () => {
    expect(words.has("cosa")).toBe(false);
  });
});

describe("sourceLexicon", () => {
  it("reads the Catalan and Spanish dictionaries, inflected forms included", () => {
    const catalan = sourceLexicon("ca-ES");
    const spanish = sourceLexicon("es");
    for (const word of ["ajuntament", "ajuntaments", "carregant", "habitatges"])
      expect(catalan?.hasCommon(word), word).toBe(true);
    for (const word of ["viviendas", "cargando", "ayuntamientos"]) expect(spanish?.hasCommon(word), word).toBe(true);
    expect(catalan?.hasCommon("xyzzyplugh")).toBe(false);
    expect(catalan?.isName("Tarragona")).toBe(true);
  });

  it("has no dictionary for a language Galley does not translate from", () => {
    expect(sourceLexicon("fi")).toBeUndefined();
  });
});
