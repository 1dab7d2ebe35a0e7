import { idTextSchema } from "@/lib/api/schemas";
import { getCurrentUser } from "@/lib/session/current-user";
import { permitArticle } from "@/lib/db/articles/article-access";
import { getDb } from "@/lib/db/client";
import { subscribeToArticleChanges } from "@/lib/db/events/subscribe-article-changes";
import { errorResponse } from "../../../error-response";

export const dynamic = "force-dynamic";

// Proxies and browsers drop a quiet stream; a comment line every so often keeps it open.
const KEEP_ALIVE_MS = 20_000;

/** Server-sent events: what changed in one article, as every app server hears it from Postgres. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(request, "signedOut");
  const parsed = idTextSchema.safeParse((await params).id);
  if (!parsed.success) return errorResponse(request, "invalidInput");
  const articleId = parsed.data;
  const permitted = await permitArticle(await getDb(), user, articleId, "article.read");
  if (!permitted.ok) return errorResponse(request, permitted.code);
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribe = await subscribeToArticleChanges((change) => {
        if (change.articleId === articleId) send(`data: ${JSON.stringify(change)}\n\n`);
      });
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), KEEP_ALIVE_MS);
      stop = () => {
        clearInterval(keepAlive);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      });
      send(": connected\n\n");
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
    },
  });
}
