// ESLint for the rules a formatter cannot check: TypeScript and React hooks, Next.js, and the
// import boundaries of ../shared/STYLE.md (see "Layers the linter checks" in the README).
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { galleyPlugin } from "./scripts/lint/galley-plugin.js";

/** The folders whose code is the product's pure core: no database, no framework, no React. */
const PURE = ["checks", "segmentation", "diff", "import", "export", "text"];

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", ".data/", "lib/db/generated/", "test-results/", "playwright-report/", "next-env.d.ts", "scripts/lint/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin, galley: galleyPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "galley/client-never-imports-server": "error",
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { alwaysTryTypes: true, project: "./tsconfig.json" } },
      "boundaries/include": ["app/**/*", "lib/**/*", "cli/**/*", "scripts/**/*", "bench/**/*", "e2e/**/*", "prisma/**/*", "proxy.ts"],
      "boundaries/elements": [
        ...PURE.map((folder) => ({ type: "pure", pattern: `lib/${folder}`, mode: "folder" })),
        { type: "db", pattern: "lib/db", mode: "folder" },
        { type: "auth", pattern: "lib/auth", mode: "folder" },
        { type: "app", pattern: "app", mode: "folder" },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          policies: [
            {
              from: { element: { type: "pure" } },
              disallow: { to: { element: { types: { anyOf: ["db", "auth", "app"] } } } },
              message: "The pure core (lib/{checks,segmentation,diff,import,export,text}) never imports the data layer, auth or the app.",
            },
            {
              from: { element: { type: "pure" } },
              disallow: { to: { module: { origin: "external", source: { anyOf: ["next", "next/**", "react", "react/**", "react-dom", "react-dom/**", "@prisma/**", "pg", "postgres", "@electric-sql/**"] } } } },
              message: "The pure core imports no Next.js, no React and no database driver.",
            },
            {
              from: { element: { type: "app" } },
              disallow: { to: { module: { origin: "external", source: { anyOf: ["@prisma/**", "pg", "postgres", "@electric-sql/**"] } } } },
              message: "app/ reaches the database only through lib/db.",
            },
            {
              from: { element: { type: "db" } },
              disallow: { to: { element: { types: { anyOf: ["auth", "app"] } } } },
              message: "lib/db never imports lib/auth or app/: auth depends on the data layer, never the other way round.",
            },
          ],
        },
      ],
    },
  },
  {
    // app/ passes the database to lib/db and never calls Prisma on it itself.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.type='Identifier'][object.name=/^(db|tx|prisma)$/]",
          message: "Queries belong in lib/db: call a use-case function there and pass it the database.",
        },
        {
          selector: "MemberExpression[object.type='AwaitExpression'][object.argument.callee.name='getDb']",
          message: "Queries belong in lib/db: call a use-case function there and pass it the database.",
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "e2e/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  prettier,
);
