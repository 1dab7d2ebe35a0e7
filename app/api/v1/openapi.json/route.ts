import { openApiDocument } from "@/lib/api/openapi";

/** The API's OpenAPI 3.1 document; public, so that tools can read it without a token. */
export function GET() {
  return Response.json(openApiDocument(), {
    headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
