import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // These read their WebAssembly or data files next to their own code at run time; piscina
  // starts its worker threads from its own files, which then load lib/import/parse-worker.mjs.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "dictionary-en",
    "dictionary-ca",
    "dictionary-es",
    "nspell",
    "pino",
    "pino-pretty",
    "piscina",
  ],
  poweredByHeader: false,
  // proxy.ts sets the security headers on everything else; it skips the build's own files for speed.
  async headers() {
    const headers = Object.entries(securityHeaders("/_next/static", false)).map(([key, value]) => ({ key, value }));
    return [{ source: "/_next/static/:path*", headers }];
  },
};

export default withNextIntl(nextConfig);
