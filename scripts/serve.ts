/**
 * Galley's production server: Next.js's request handler behind Node's HTTP server, which
 * alone knows the socket a request came in on. It works out the client's address
 * (GALLEY_TRUSTED_PROXIES) and hands it to the app in a header that no client can set.
 * `npm start` runs it once the database is ready and the app is built.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { readConfig } from "../lib/config/config";
import { closeDatabase, getDb } from "../lib/db/client";
import { purgeExpired } from "../lib/db/housekeeping/purge-expired";
import { CLIENT_ADDRESS_ENV, stampClientAddress } from "../lib/http/client-address";
import { logger } from "../lib/log/logger";

const config = readConfig();
if (!config.ok) {
  for (const problem of config.problems) console.error(`[galley] ${problem}`);
  process.exit(1);
}
const { PORT: port, GALLEY_TRUSTED_PROXIES: proxies } = config.config;
const log = logger();
process.env[CLIENT_ADDRESS_ENV] = "1";

const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

// A proxy's request id is kept when it looks like one, so a request can be followed across both logs.
const REQUEST_ID = /^[\w.:-]{1,64}$/u;
// Files Next serves by themselves are many and dull: logged only at debug level.
const ASSET = /^\/(?:_next\/|favicon|icon)/u;

/** One line per request, when its response is done: its id, method, route, status and duration. */
function logRequest(request: IncomingMessage, response: ServerResponse): void {
  const started = performance.now();
  const offered = request.headers["x-request-id"];
  const reqId = typeof offered === "string" && REQUEST_ID.test(offered) ? offered : randomUUID();
  request.headers["x-request-id"] = reqId;
  response.setHeader("x-request-id", reqId);
  response.once("close", () => {
    const route = (request.url ?? "/").split("?")[0] ?? "/";
    const line = {
      reqId,
      method: request.method,
      route,
      status: response.statusCode,
      ms: Math.round(performance.now() - started),
      finished: response.writableFinished,
    };
    if (ASSET.test(route)) log.debug(line, "request");
    else if (response.statusCode >= 500) log.error(line, "request");
    else log.info(line, "request");
  });
}

const server = createServer((request, response) => {
  logRequest(request, response);
  stampClientAddress(request, proxies);
  void handle(request, response);
});
server.listen(port);
for (const warning of config.warnings) log.warn(warning);
log.info({ port }, "serving");

// Expired sessions and old sign-in attempts go once an hour; every app server may run it, as deleting twice
// is harmless.
const HOUSEKEEPING_MS = 60 * 60 * 1000;
async function housekeeping(): Promise<void> {
  try {
    const purged = await purgeExpired(await getDb());
    if (purged.sessions + purged.signInAttempts + purged.invitations > 0) log.info(purged, "purged expired rows");
  } catch (error) {
    log.warn({ err: error }, "housekeeping failed; it runs again in an hour");
  }
}
setTimeout(() => void housekeeping(), 60_000).unref();
setInterval(() => void housekeeping(), HOUSEKEEPING_MS).unref();

// Requests under way get this long to finish; live-update streams never do, so they are cut.
const GRACE_MS = 5_000;
// Past this, the process ends whatever is still open (a long import's transaction, say).
const FORCE_EXIT_MS = 20_000;

/**
 * Stops taking requests, lets those under way finish, then closes the database last so
 * that an embedded one is shut down cleanly, never recovered. Ctrl+C reaches this process
 * twice (from the terminal and from `npm start`); it stops once.
 */
let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), FORCE_EXIT_MS).unref();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, GRACE_MS))]);
  server.closeAllConnections();
  await app.close().catch(() => undefined);
  await closeDatabase();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
