import { describe, expect, it } from "vitest";
import { maxImportBytes } from "../import/max-import-bytes";
import { readLimitedBody } from "./read-limited-body";

/** A request whose body arrives in chunks, without a Content-Length, as a streamed upload does. */
function streamed(chunks: Uint8Array[]): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[pulled++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
  return {
    request: new Request("http://galley.test/import", { method: "POST", body, duplex: "half" } as RequestInit),
    pulled: () => pulled,
  };
}

describe("readLimitedBody", () => {
  it("reads a body within the limit whole", async () => {
    const { request } = streamed([Uint8Array.of(1, 2), Uint8Array.of(3)]);
    expect(await readLimitedBody(request, 3)).toEqual({ ok: true, value: Uint8Array.of(1, 2, 3) });
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const request = new Request("http://galley.test/import", {
      method: "POST",
      body: "x".repeat(11),
      headers: { "content-length": "11" },
    });
    expect(await readLimitedBody(request, 10)).toEqual({
      ok: false,
      code: "fileTooLarge",
      details: { size: 11, maxBytes: 10 },
    });
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses a streamed body over the limit, reading the rest to its end so that the refusal reaches the client", async () => {
    const chunk = new Uint8Array(4);
    const { request, pulled } = streamed([chunk, chunk, chunk, chunk, chunk, chunk]);
    expect(await readLimitedBody(request, 6, 100)).toEqual({
      ok: false,
      code: "fileTooLarge",
      details: { size: 24, maxBytes: 6 },
    });
    expect(pulled()).toBe(7);
  });

  it("stops draining a streamed body once it passes the limit by more than the drain allows", async () => {
    const chunk = new Uint8Array(4);
    const { request, pulled } = streamed(Array.from({ length: 100 }, () => chunk));
    expect(await readLimitedBody(request, 6, 10)).toEqual({
      ok: false,
      code: "fileTooLarge",
      details: { size: 20, maxBytes: 6 },
    });
    expect(pulled()).toBe(5);
  });

  it("refuses an empty body", async () => {
    expect(await readLimitedBody(new Request("http://galley.test/import", { method: "POST" }), 10)).toMatchObject({
      ok: false,
      code: "fileEmpty",
    });
  });
});

describe("maxImportBytes", () => {
  it("is 5 MiB unless configured, and never quietly takes a value it cannot read", () => {
    expect(maxImportBytes({})).toBe(5 * 1024 * 1024);
    expect(maxImportBytes({ GALLEY_MAX_IMPORT_BYTES: "" })).toBe(5 * 1024 * 1024);
    expect(maxImportBytes({ GALLEY_MAX_IMPORT_BYTES: "1048576" })).toBe(1048576);
    for (const bad of ["0", "-5", "1.5", "lots"])
      expect(() => maxImportBytes({ GALLEY_MAX_IMPORT_BYTES: bad })).toThrow(/GALLEY_MAX_IMPORT_BYTES/u);
  });
});
