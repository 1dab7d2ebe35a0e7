// `npm run db:seed`: loads the default user and the demo article into the configured database.
import { openDatabase } from "../lib/db/connect";
import { seedDemo } from "../lib/db/seed-demo";
import { databaseSettings } from "../lib/db/settings";

const settings = databaseSettings();
const database = await openDatabase(settings);
try {
  const report = await seedDemo(database.db, {
    demoUsers: settings.kind === "embedded",
    demoPassword: process.env.GALLEY_DEMO_PASSWORD || undefined,
  });
  console.log(
    report.articleId === null
      ? "The demo article was deleted by an admin; it stays deleted."
      : `Demo article #${report.articleId}${report.articleCreated ? " imported" : " already there"}.`,
  );
  for (const { email, role, password } of report.credentials) console.log(`${role}\t${email}\t${password}`);
} finally {
  await database.close();
}
