// Galley's own lint rule, for the one boundary a folder pattern cannot express: a client
// component ("use client") never imports a server module, i.e. one that imports "server-only".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".ts", ".tsx", "/index.ts"];
const serverOnly = new Map();

/** The project file an import names, following the "@/" alias, or null for a package. */
function resolveImport(source, fromFile) {
  const base = source.startsWith("@/")
    ? path.join(ROOT, source.slice(2))
    : source.startsWith(".")
      ? path.resolve(path.dirname(fromFile), source)
      : null;
  if (base === null) return null;
  return (
    [base, ...EXTENSIONS.map((extension) => base + extension)].find(
      (candidate) => existsSync(candidate) && !candidate.endsWith("/"),
    ) ?? null
  );
}

function isServerModule(file) {
  if (!serverOnly.has(file))
    serverOnly.set(file, /^import\s+["']server-only["'];?\s*$/mu.test(readFileSync(file, "utf8")));
  return serverOnly.get(file);
}

const clientNeverImportsServer = {
  meta: {
    type: "problem",
    docs: { description: "A client component never imports a server module (one that imports server-only)." },
    messages: {
      server:
        "A client component may not import the server module {{source}}; pass what it needs as props or call a server action.",
    },
    schema: [],
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some(
      (node) => node.type === "ExpressionStatement" && node.directive === "use client",
    );
    if (!isClient) return {};
    return {
      ImportDeclaration(node) {
        const typeOnly =
          node.importKind === "type" ||
          (node.specifiers.length > 0 && node.specifiers.every((specifier) => specifier.importKind === "type"));
        if (typeOnly) return;
        const source = node.source.value;
        const file = resolveImport(source, context.filename);
        if (source === "server-only" || (file !== null && isServerModule(file)))
          context.report({ node, messageId: "server", data: { source } });
      },
    };
  },
};

export const galleyPlugin = {
  meta: { name: "galley" },
  rules: { "client-never-imports-server": clientNeverImportsServer },
};
