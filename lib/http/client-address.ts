import type { IncomingMessage } from "node:http";

/**
 * Who is on the other end of a request, for limits such as failed sign-ins per address.
 *
 * Anyone can send `X-Forwarded-For`, so only the entries the trusted proxies appended
 * count: each proxy appends the address it received the request from. With no proxy the
 * answer is the socket's peer; with N proxies, it is the entry N places from the right of
 * the chain [forwarded…, peer], or the leftmost one when the chain is shorter.
 */
export function clientAddressOf(
  request: { forwardedFor: string | string[] | undefined; peer: string | undefined },
  trustedProxies: number,
): string {
  const forwarded = [request.forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(","))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const chain = [...forwarded, request.peer ?? "unknown"];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? "unknown";
}

/** How many proxies in front of Galley append to `X-Forwarded-For`: GALLEY_TRUSTED_PROXIES, 0 unless set. */
export function trustedProxies(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = env.GALLEY_TRUSTED_PROXIES?.trim();
  if (!value) return 0;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 10)
    throw new Error(`GALLEY_TRUSTED_PROXIES must be a whole number from 0 to 10, not "${value}"`);
  return count;
}

/** The header Galley's server sets on every request to the address it worked out; any sent by a client is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-galley-client-address";
/** Set in the environment by Galley's server, so that the app knows the header above is its own. */
export const CLIENT_ADDRESS_ENV = "GALLEY_CLIENT_ADDRESS_HEADER";

/** Sets the client address header on a request as it arrives, replacing any the client sent. */
export function stampClientAddress(request: IncomingMessage, proxies: number): void {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
    { forwardedFor: request.headers["x-forwarded-for"], peer: request.socket.remoteAddress },
    proxies,
  );
}
