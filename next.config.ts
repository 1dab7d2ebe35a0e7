import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files at run time, so it must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project with `tsc --noEmit`; the build needn't repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
