import { ok } from "../result";
import { checkFileSize } from "../import/check-file-size";
import type { ImportResult } from "../import/import-failure";

/**
 * How much of an oversized upload without a Content-Length is read and thrown away after the
 * limit, so that the client has sent its body when the 413 reaches it: a server that answers
 * and closes with unread bytes waiting makes the client's system reset the connection, and
 * the client sees that instead of the answer. Past this, the stream is cut all the same.
 */
export const DRAIN_BYTES = 32 * 1024 * 1024;

/**
 * Reads a request's body, refusing it as soon as it passes `maxBytes`: a declared
 * Content-Length over the limit is refused unread, and an undeclared one stops being kept at
 * the limit, so an oversized upload never sits whole in memory; the rest is drained, up to
 * `drainBytes`, so that the refusal gets through.
 */
export async function readLimitedBody(
  request: Request,
  maxBytes: number,
  drainBytes = DRAIN_BYTES,
): Promise<ImportResult<Uint8Array>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isSafeInteger(declared) && declared > maxBytes) {
    const refused = checkFileSize(declared, maxBytes);
    if (!refused.ok) return refused;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size <= maxBytes) chunks.push(value);
      else if (size > maxBytes + drainBytes) {
        // Without a Content-Length, the size reported is what arrived before the cut.
        await reader.cancel();
        break;
      }
    }
  }
  const checked = checkFileSize(size, maxBytes);
  if (!checked.ok) return checked;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return ok(bytes);
}
