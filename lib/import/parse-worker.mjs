// A thread of the import pool: tsx compiles the TypeScript readers here, so the same file works
// under `npm start`, `next dev`, the CLI and the tests, without Next's bundler.
import { register } from "tsx/esm/api";

register();
const { readArticleFileTask } = await import("./read-article-file-task.ts");

export default readArticleFileTask;
