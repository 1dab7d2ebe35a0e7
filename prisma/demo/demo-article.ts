import path from "node:path";

/** The demo article, relative to the project's folder: the reference article of the corpus. */
export const DEMO_ARTICLE_PATH = path.join("prisma", "demo", "seed-article.txt");
