/**
 * Galley's production server: Next.js's request handler behind Node's HTTP server, which
 * alone knows the socket a request came in on. It works out the client's address
 * (GALLEY_TRUSTED_PROXIES) and hands it to the app in a header that no client can set.
 * `npm start` runs it once the database is ready and the app is built.
 */
import { createServer } from "node:http";
import next from "next";
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

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  });
}
