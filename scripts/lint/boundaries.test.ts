import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules of ../shared/STYLE.md, proved on code that breaks them: each snippet is linted
// as if it were a file at that path, with the project's own ESLint configuration.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function rulesBroken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? [])
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId ?? message.message);
}

describe("the boundary rules", { timeout: 60_000 }, () => {
  it.each([
    [
      "the pure core importing the data layer",
      "lib/checks/example.ts",
      'import { getDb } from "../db/client";\nexport const x = getDb;\n',
      "boundaries/dependencies",
    ],
    [
      "the pure core importing Next.js",
      "lib/import/example.ts",
      'import { headers } from "next/headers";\nexport const x = headers;\n',
      "no-restricted-imports",
    ],
    [
      "the pure core importing React",
      "lib/export/example.ts",
      'import { useState } from "react";\nexport const x = useState;\n',
      "no-restricted-imports",
    ],
    [
      "the pure core importing a database driver",
      "lib/segmentation/example.ts",
      'import pg from "pg";\nexport const x = pg;\n',
      "no-restricted-imports",
    ],
    [
      "lib/auth importing lib/db, which imports it",
      "lib/auth/example.ts",
      'import { getDb } from "../db/client";\nexport const x = getDb;\n',
      "boundaries/dependencies",
    ],
    [
      "lib/db importing the session",
      "lib/db/example.ts",
      'import { getCurrentUser } from "../session/current-user";\nexport const x = getCurrentUser;\n',
      "boundaries/dependencies",
    ],
    [
      "app/ importing Prisma",
      "app/example.ts",
      'import { Prisma } from "@prisma/client";\nexport const x = Prisma;\n',
      "no-restricted-imports",
    ],
    [
      "app/ querying through the database",
      "app/example.ts",
      'import { getDb } from "@/lib/db/client";\nexport async function x() {\n  const db = await getDb();\n  return db.article.findMany();\n}\n',
      "no-restricted-syntax",
    ],
    [
      "a client component importing a server module",
      "app/example.tsx",
      '"use client";\n\nimport { getCurrentUser } from "@/lib/session/current-user";\n\nexport const x = getCurrentUser;\n',
      "galley/client-never-imports-server",
    ],
  ])("fails on %s", async (_case, path, code, rule) => {
    expect(await rulesBroken(path, code)).toContain(rule);
  });

  it.each([
    [
      "the pure core importing the pure core",
      "lib/checks/example.ts",
      'import { segmentText } from "../segmentation/segment-text";\nexport const x = segmentText;\n',
    ],
    [
      "lib/db importing lib/auth's policy",
      "lib/db/example.ts",
      'import { can } from "../auth/permissions";\nexport const x = can;\n',
    ],
    [
      "app/ calling a use case with the database",
      "app/example.ts",
      'import { getDb } from "@/lib/db/client";\nimport { listArticles } from "@/lib/db/articles/list-articles";\nexport async function x() {\n  return listArticles(await getDb(), { id: 1, role: "admin" });\n}\n',
    ],
    [
      "a client component importing types from lib/db",
      "app/example.tsx",
      '"use client";\n\nimport type { SegmentRow } from "@/lib/db/segments/segment-row";\n\nexport type X = SegmentRow;\n',
    ],
  ])("allows %s", async (_case, path, code) => {
    expect(await rulesBroken(path, code)).toEqual([]);
  });
});
