import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ACCOUNTS, storageStateOf } from "../support/accounts";

// Hostile imports, against the built server: parsing runs in the import pool's threads, so
// the server answers others while a file is read, and refuses what would hold it up.

const MiB = 1024 * 1024;
const article = readFileSync(new URL("../../lib/import/fixtures/article.md", import.meta.url), "utf8");

function upload(request: APIRequestContext, query: Record<string, string>, body: string | Buffer, contentType: string) {
  return request.post(`/api/articles/import?${new URLSearchParams(query)}`, {
    data: body,
    headers: { "content-type": contentType },
  });
}

/** The admin's session cookie, as the sign-in setup saved it, for a request made by hand. */
function adminCookie(): string {
  const state = JSON.parse(readFileSync(storageStateOf("admin"), "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

async function choose(page: Page, name: string, mimeType: string, content: string) {
  await page.goto("/en/articles/new");
  await page.getByLabel("Choose a file…").setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  await expect(page.getByText(name)).toBeVisible();
}

test("while a file too complex to read is being parsed, the server answers everyone else, and the import gets 422", async ({
  request,
}) => {
  // A small import first, so that the pool's thread is up and the budget below is all parsing.
  expect((await upload(request, { fileName: "warm-up.md", targetLang: "en" }, article, "text/markdown")).status()).toBe(
    201,
  );
  // Ordinary paragraphs, 4.5 MB of them: the parser needs several times the e2e server's 3 s budget.
  const paragraphs = article
    .split("\n")
    .filter((line) => /^[A-Z]/u.test(line))
    .join("\n\n");
  const markdown = Array.from({ length: 4_800 }, () => paragraphs).join("\n\n");
  const startedAt = Date.now();
  let settledAt: number | null = null;
  const importing = upload(request, { fileName: "long.md", targetLang: "en" }, markdown, "text/markdown").finally(
    () => {
      settledAt = Date.now();
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  const asked = Date.now();
  const other = await request.get("/en/articles/new");
  const answeredAt = Date.now();
  console.log(`another request was answered in ${answeredAt - asked} ms, ${answeredAt - startedAt} ms into the import`);
  expect(other.status()).toBe(200);
  expect(settledAt, "the import was still running when the other request was answered").toBeNull();

  const refused = await importing;
  console.log(`the import was refused after ${(settledAt ?? Date.now()) - startedAt} ms`);
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatchObject({
    code: "fileTooComplex",
    details: { limit: "time", seconds: 3 },
  });
});

test("deep, pathological and over-long files are refused at once with their own 4xx, and nothing is stored", async ({
  request,
}) => {
  const count = async () => (await (await request.get("/en")).text()).match(/<tr/gu)?.length ?? 0;
  const before = await count();
  const timed = async (name: string, response: Promise<Awaited<ReturnType<typeof upload>>>) => {
    const started = Date.now();
    const answer = await response;
    console.log(`${name}: ${answer.status()} in ${Date.now() - started} ms`);
    return {
      status: answer.status(),
      error: (await answer.json()).error as { code: string; message: string; details?: Record<string, unknown> },
    };
  };

  const deepXliff = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ca" trgLang="en"><file id="f"><unit id="u"><segment><source>x</source><target>${'<pc id="1">'.repeat(200_000)}x${"</pc>".repeat(200_000)}</target></segment></unit></file></xliff>`;
  expect(
    await timed(
      "200,000 nested <pc> (XLIFF)",
      upload(request, { fileName: "deep.xlf" }, deepXliff, "application/xliff+xml"),
    ),
  ).toMatchObject({ status: 400, error: { code: "fileTooDeep" } });

  expect(
    await timed(
      "30 KB of *a_ (Markdown)",
      upload(request, { fileName: "stars.md", targetLang: "en" }, "*a_".repeat(10_000), "text/markdown"),
    ),
  ).toMatchObject({
    status: 422,
    error: { code: "markdownTooComplex", details: { line: 1 } },
  });

  let nested = "";
  for (let level = 0; nested.length < 2.2 * MiB; level++) nested += `${"  ".repeat(level % 3_000)}- item\n`;
  expect(
    await timed(
      "a 2.2 MB nested list (Markdown)",
      upload(request, { fileName: "nested.md", targetLang: "en" }, nested, "text/markdown"),
    ),
  ).toMatchObject({
    status: 400,
    error: { code: "fileTooDeep" },
  });

  const long = await timed(
    "a 6,000-character sentence",
    upload(
      request,
      { fileName: "long.txt", targetLang: "en" },
      `Headline\n\n${"word ".repeat(1_200)}end.`,
      "text/plain",
    ),
  );
  expect(long).toMatchObject({
    status: 400,
    error: { code: "segmentTooLong", details: { segment: 2, line: 3, length: 6_004, max: 5_000 } },
  });
  expect(long.error.message).toBe(
    "Segment 2 (line 3), which starts “word word word word word word word word word word word word…”, is 6,004 characters long; a segment can hold at most 5,000. Split it into sentences or paragraphs first. Nothing was imported.",
  );

  const galleyJson = (change: Record<string, unknown>) =>
    JSON.stringify({
      format: "galley-article",
      version: 1,
      title: "Hostile",
      sourceLang: null,
      targetLang: "en",
      origin: "hostile.json",
      trailingText: "\n",
      segments: [
        {
          block: 0,
          kind: "paragraph",
          gapBefore: "",
          mtText: "Hello.",
          text: "Hello.",
          sourceText: null,
          status: "new",
          externalId: null,
          hints: [],
          revisions: [],
        },
      ],
      ...change,
    });
  expect(
    await timed(
      "a block of 2^31 (Galley JSON)",
      upload(
        request,
        { fileName: "big.json" },
        galleyJson({
          segments: [
            {
              block: 2 ** 31,
              kind: "paragraph",
              gapBefore: "",
              mtText: "a",
              text: "a",
              sourceText: null,
              status: "new",
              externalId: null,
              hints: [],
              revisions: [],
            },
          ],
        }),
        "application/json",
      ),
    ),
  ).toMatchObject({
    status: 400,
    error: { code: "jsonInvalid", details: { path: "segments.0.block" } },
  });
  expect(
    await timed(
      "a NUL in the title (Galley JSON)",
      upload(request, { fileName: "nul.json" }, galleyJson({ title: "A\u0000B" }), "application/json"),
    ),
  ).toMatchObject({ status: 400, error: { code: "jsonInvalid", details: { path: "title" } } });
  expect(
    await timed(
      "a target language of !! (Galley JSON)",
      upload(request, { fileName: "lang.json" }, galleyJson({ targetLang: "!!" }), "application/json"),
    ),
  ).toMatchObject({ status: 400, error: { code: "languageInvalid" } });
  expect(
    await timed(
      "a NUL in the origin",
      upload(request, { fileName: "a.txt", targetLang: "en", origin: "a\u0000b" }, "Headline", "text/plain"),
    ),
  ).toMatchObject({ status: 400, error: { code: "textMalformed" } });
  expect(
    await timed(
      "XLIFF 2.0.1",
      upload(
        request,
        { fileName: "v.xlf" },
        '<xliff version="2.0.1" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>',
        "application/xliff+xml",
      ),
    ),
  ).toMatchObject({ status: 400, error: { code: "xliffVersionUnsupported", details: { version: "2.0.1" } } });

  expect(await count()).toBe(before);
});

test("an oversized upload without a Content-Length gets the translated 413 and a closed connection, not a reset", async ({
  baseURL,
}) => {
  const url = new URL("/api/articles/import?fileName=huge.txt&targetLang=en", baseURL);
  const answer = await new Promise<{ status: number; connection: string | undefined; body: string }>(
    (resolve, reject) => {
      const outgoing = httpRequest(
        url,
        { method: "POST", headers: { cookie: adminCookie(), "content-type": "text/plain", "accept-language": "es" } },
        (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }),
          );
          response.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      // No Content-Length: Node sends the body chunked, 64 KiB at a time, 6 MiB in all.
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const pump = () => {
        while (sent < 6 * MiB) {
          sent += chunk.length;
          if (!outgoing.write(chunk)) {
            outgoing.once("drain", pump);
            return;
          }
        }
        outgoing.end();
      };
      pump();
    },
  );
  expect(answer.status).toBe(413);
  expect(answer.connection).toBe("close");
  expect(JSON.parse(answer.body).error).toEqual({
    code: "fileTooLarge",
    message: "El archivo ocupa 6.291.456 bytes; Galley admite hasta 5.242.880.",
    details: { size: 6 * MiB, maxBytes: 5 * MiB },
  });
});

test("imported history keeps its authors' names unless the admin links them to accounts, and the activity log says which", async ({
  page,
}) => {
  const json = (title: string) =>
    JSON.stringify({
      format: "galley-article",
      version: 1,
      title,
      sourceLang: null,
      targetLang: "en",
      origin: `${title}.json`,
      trailingText: "\n",
      segments: [
        {
          block: 0,
          kind: "headline",
          gapBefore: "",
          mtText: `${title} helo`,
          text: `${title} hello`,
          sourceText: null,
          status: "edited",
          externalId: null,
          hints: [],
          revisions: [
            {
              version: 2,
              action: "edit",
              author: { name: "Claimed Name", email: ACCOUNTS.admin.email },
              textBefore: `${title} helo`,
              textAfter: `${title} hello`,
              statusBefore: "new",
              statusAfter: "edited",
              kindBefore: "headline",
              kindAfter: "headline",
              comment: null,
              overridden: null,
              createdAt: "2025-11-12T09:30:00.000Z",
            },
          ],
        },
      ],
    });

  for (const [title, link] of [
    ["Kept as named", false],
    ["Linked by email", true],
  ] as const) {
    await choose(page, `${title}.json`, "application/json", json(title));
    const checkbox = page.getByRole("checkbox", { name: "Link the file's authors to accounts here by email" });
    await expect(checkbox).not.toBeChecked();
    if (link) await checkbox.check();
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL(/\/en\/articles\/\d+$/);
    const id = /\/articles\/(\d+)$/u.exec(page.url())?.[1];

    await page.goto(`/en/admin/activity?article=${id}`);
    const imported = page.getByRole("row").filter({ hasText: "Imported" });
    const edited = page.getByRole("row").filter({ hasText: "Edited" });
    if (link) {
      await expect(imported).toContainText("authors linked to accounts by email");
      await expect(edited).toContainText(ACCOUNTS.admin.name);
    } else {
      await expect(imported).toBeVisible();
      await expect(imported).not.toContainText("authors linked");
      await expect(edited).toBeVisible();
      await expect(edited).not.toContainText(ACCOUNTS.admin.name);
    }
  }
});

test("a file too deep, or with a segment too long, is refused in the page with a message that says why", async ({
  page,
}) => {
  await choose(page, "deep.xlf", "application/xliff+xml", `<xliff version="1.2">${"<group>".repeat(300)}`);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "The file nests its elements more than 256 levels deep, which no article does. Is it the right file?",
  );

  await choose(page, "long.txt", "text/plain", `Headline\n\n${"word ".repeat(1_100)}end`);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Segment 2 (line 3), which starts “word word");
  await expect(page.locator("form").getByRole("alert")).toContainText("a segment can hold at most 5,000");
});
