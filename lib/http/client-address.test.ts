import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, stampClientAddress, trustedProxies } from "./client-address";

describe("clientAddressOf", () => {
  it("takes the socket's peer when no proxy is trusted, whatever the client claims", () => {
    expect(clientAddressOf({ forwardedFor: undefined, peer: "203.0.113.7" }, 0)).toBe("203.0.113.7");
    expect(clientAddressOf({ forwardedFor: "198.51.100.1", peer: "203.0.113.7" }, 0)).toBe("203.0.113.7");
  });

  it("takes what the trusted proxies appended, never what the client put before it", () => {
    // The client claims 1.1.1.1; the one proxy appends the address it saw, 203.0.113.7.
    expect(clientAddressOf({ forwardedFor: "1.1.1.1, 203.0.113.7", peer: "10.0.0.2" }, 1)).toBe("203.0.113.7");
    expect(clientAddressOf({ forwardedFor: ["1.1.1.1", "203.0.113.7, 10.0.0.5"], peer: "10.0.0.2" }, 2)).toBe(
      "203.0.113.7",
    );
  });

  it("falls back to the leftmost entry when the chain is shorter than the proxies trusted", () => {
    expect(clientAddressOf({ forwardedFor: "203.0.113.7", peer: "10.0.0.2" }, 3)).toBe("203.0.113.7");
    expect(clientAddressOf({ forwardedFor: " , ", peer: undefined }, 1)).toBe("unknown");
  });
});

describe("trustedProxies", () => {
  it("is 0 unless set, and refuses anything but a small whole number", () => {
    expect(trustedProxies({})).toBe(0);
    expect(trustedProxies({ GALLEY_TRUSTED_PROXIES: " 2 " })).toBe(2);
    expect(() => trustedProxies({ GALLEY_TRUSTED_PROXIES: "yes" })).toThrow(/whole number/u);
    expect(() => trustedProxies({ GALLEY_TRUSTED_PROXIES: "-1" })).toThrow(/whole number/u);
  });
});

describe("stampClientAddress", () => {
  it("replaces the address header a client sends with the one the server worked out", async () => {
    const server = createServer((request, response) => {
      stampClientAddress(request, 0);
      response.end(request.headers[CLIENT_ADDRESS_HEADER]);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [CLIENT_ADDRESS_HEADER]: "10.9.8.7", "x-forwarded-for": "10.9.8.6" },
      });
      expect(await response.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
