/**
 * Galley's production server: Next.js's request handler behind Node's HTTP server, which
 * alone knows the socket a request came in on. It works out the client's address
 * (GALLEY_TRUSTED_PROXIES) and hands it to the app in a header that no client can set.
 * `npm start` runs it once the database is ready and the app is built.
 */
import { createServer } from "node:http";
import next from "next";
import { closeDatabase } from "../lib/db/client";
import { CLIENT_ADDRESS_ENV, stampClientAddress, trustedProxies } from "../lib/http/client-address";

const port = Number(process.env.PORT ?? "3000");
const proxies = trustedProxies();
process.env[CLIENT_ADDRESS_ENV] = "1";

const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  stampClientAddress(request, proxies);
  void handle(request, response);
});
server.listen(port);

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
