import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode-bytes";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Bytes in windows-1252, where "ú" is 0xFA and "€" is 0x80; ASCII stays as it is. */
function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { ú: 0xfa, "€": 0x80, à: 0xe0, ç: 0xe7 };
  return Uint8Array.from([...text].map((character) => table[character] ?? character.charCodeAt(0)));
}

function utf16(text: string, endianness: "le" | "be"): Uint8Array {
  const bytes = [endianness === "le" ? 0xff : 0xfe, endianness === "le" ? 0xfe : 0xff];
  for (const unit of Array.from({ length: text.length }, (_, index) => text.charCodeAt(index))) {
    bytes.push(...(endianness === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

describe("decodeBytes", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeBytes(utf8("Núria paid 5 € — “quoted”"))).toEqual({
      ok: true,
      value: { text: "Núria paid 5 € — “quoted”", encoding: "utf-8" },
    });
  });

  it("reads UTF-8 with a BOM and leaves the BOM out", () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Núria")]))).toEqual({
      ok: true,
      value: { text: "Núria", encoding: "utf-8" },
    });
  });

  it.each(["le", "be"] as const)("reads UTF-16 %s with a BOM", (endianness) => {
    const result = decodeBytes(utf16("Núria €5 😀", endianness));
    expect(result).toEqual({ ok: true, value: { text: "Núria €5 😀", encoding: `utf-16${endianness}` } });
  });

  it("refuses bytes that are not UTF-8 when nothing declares another encoding", () => {
    expect(decodeBytes(windows1252("Núria paid 5 €"))).toEqual({
      ok: false,
      code: "encodingUndeclared",
      details: undefined,
    });
  });

  it("refuses an empty file", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, code: "fileEmpty", details: undefined });
  });

  it("calls bytes that are neither UTF-8 nor free of NULs, like a PNG's, binary rather than undeclared", () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(decodeBytes(png)).toMatchObject({ ok: false, code: "fileBinary" });
    expect(decodeBytes(Uint8Array.from([0x50, 0x61, 0xef, 0x73]))).toMatchObject({
      ok: false,
      code: "encodingUndeclared",
    });
  });

  it("takes UTF-16 without a BOM, full of NULs, for a binary file", () => {
    expect(decodeBytes(utf16("Hello", "le").subarray(2))).toMatchObject({ ok: false, code: "fileBinary" });
  });

  it.each([
    ["an XML declaration", '<?xml version="1.0" encoding="windows-1252"?><p>Núria paid 5 €</p>', "xml"],
    [
      "an XML declaration in single quotes, as ISO-8859-1",
      "<?xml version='1.0' encoding='ISO-8859-1'?><p>Núria paid 5 €</p>",
      "xml",
    ],
    ["an HTML meta charset", '<!doctype html><meta charset="windows-1252"><p>Núria paid 5 €</p>', "html"],
    [
      "an HTML http-equiv",
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><p>Núria</p>',
      "html",
    ],
  ] as const)("decodes what %s declares", (_, text, markup) => {
    const result = decodeBytes(windows1252(text), { markup });
    expect(result.ok && result.value.text).toBe(text);
  });

  it("decodes what the upload's charset declares, over the file's own declaration", () => {
    const result = decodeBytes(windows1252('<?xml version="1.0" encoding="utf-8"?><p>Núria €</p>'), {
      charset: "windows-1252",
      markup: "xml",
    });
    expect(result).toEqual({
      ok: true,
      value: { text: '<?xml version="1.0" encoding="utf-8"?><p>Núria €</p>', encoding: "windows-1252" },
    });
  });

  it("reads ISO-8859-15's euro sign where it puts it", () => {
    const bytes = Uint8Array.from([...utf8('<?xml version="1.0" encoding="iso-8859-15"?><p>'), 0xa4, ...utf8("</p>")]);
    const result = decodeBytes(bytes, { markup: "xml" });
    expect(result.ok && result.value).toEqual({
      text: '<?xml version="1.0" encoding="iso-8859-15"?><p>€</p>',
      encoding: "iso-8859-15",
    });
  });

  it("ignores an encoding declaration outside its kind of document", () => {
    expect(decodeBytes(windows1252('<?xml version="1.0" encoding="windows-1252"?>Núria'))).toMatchObject({
      ok: false,
      code: "encodingUndeclared",
    });
  });

  it("refuses an encoding nobody knows, naming it", () => {
    expect(decodeBytes(utf8('<?xml version="1.0" encoding="x-klingon"?><p/>'), { markup: "xml" })).toEqual({
      ok: false,
      code: "encodingUnsupported",
      details: { encoding: "x-klingon" },
    });
  });

  it("refuses a file that declares UTF-8 and is not", () => {
    expect(decodeBytes(windows1252('<?xml version="1.0" encoding="UTF-8"?><p>Núria</p>'), { markup: "xml" })).toEqual({
      ok: false,
      code: "encodingInvalid",
      details: { encoding: "utf-8" },
    });
  });

  it("reads a declared UTF-16 that is in fact ASCII-compatible as UTF-8, as the HTML standard does", () => {
    const result = decodeBytes(utf8('<meta charset="utf-16"><p>Núria</p>'), { markup: "html" });
    expect(result.ok && result.value.encoding).toBe("utf-8");
  });
});
