import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // These read their WebAssembly or data files next to their own code at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "dictionary-en", "dictionary-ca", "dictionary-es", "nspell"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project with `tsc --noEmit`; the build needn't repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
