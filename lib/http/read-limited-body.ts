import { ok } from "../result";
import { checkFileSize } from "../import/check-file-size";
import type { ImportResult } from "../import/import-failure";

/**
 * Reads a request's body, refusing it as soon as it passes `maxBytes`: a declared
 * Content-Length over the limit is refused unread, and an undeclared one stops streaming
 * at the limit, so an oversized upload never sits whole in memory.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<ImportResult<Uint8Array>> {
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
      if (size > maxBytes) {
        // Without a Content-Length, the size reported is what arrived before the cut.
        await reader.cancel();
        break;
      }
      chunks.push(value);
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
