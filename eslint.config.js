// ESLint for the rules a formatter cannot check: TypeScript and React hooks, Next.js, and the
// import boundaries of ../shared/STYLE.md (see "Layers the linter checks" in the README).
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import boundaries from "eslint-plugin-boundaries";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { galleyPlugin } from "./scripts/lint/galley-plugin.js";

/** The folders whose code is the product's pure core: no database, no framework, no React. */
const PURE = ["checks", "segmentation", "diff", "import", "export", "text"];
const DRIVERS = ["@prisma/*", "pg", "postgres", "@electric-sql/*", "pglite-prisma-adapter"];
const FRAMEWORK_AND_DRIVERS = ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*", ...DRIVERS];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".data/",
      "lib/db/generated/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
      "scripts/lint/fixtures/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin, galley: galleyPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
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
      "boundaries/include": [
        "app/**/*",
        "lib/**/*",
        "cli/**/*",
        "scripts/**/*",
        "bench/**/*",
        "e2e/**/*",
        "prisma/**/*",
        "proxy.ts",
      ],
      "boundaries/elements": [
        ...PURE.map((folder) => ({ type: "pure", pattern: `lib/${folder}` })),
        { type: "auth", pattern: "lib/auth" },
        { type: "db", pattern: "lib/db" },
        { type: "session", pattern: "lib/session" },
        { type: "app", pattern: "app" },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          policies: [
            {
              from: { element: { types: { anyOf: ["pure", "auth"] } } },
              disallow: { to: { element: { types: { anyOf: ["db", "session", "app"] } } } },
              message:
                "The pure core (lib/{checks,segmentation,diff,import,export,text}) and lib/auth never import the data layer, the session or the app.",
            },
            {
              from: { element: { type: "db" } },
              disallow: { to: { element: { types: { anyOf: ["session", "app"] } } } },
              message:
                "lib/db never imports the session or the app: they depend on the data layer, never the other way round.",
            },
          ],
        },
      ],
    },
  },
  {
    // Packages, by name: the pure core and lib/auth use no framework and no database driver.
    files: [...PURE, "auth"].map((folder) => `lib/${folder}/**/*.{ts,tsx}`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: FRAMEWORK_AND_DRIVERS,
              message: "The pure core and lib/auth import no Next.js, no React and no database driver.",
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
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: [...DRIVERS, "**/db/generated/**"], message: "app/ reaches the database only through lib/db." },
          ],
        },
      ],
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
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: {
      // Prettier wraps code at 120; this catches the comments it leaves alone. Long strings and patterns may stay.
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
);
