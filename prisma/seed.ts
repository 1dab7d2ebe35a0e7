// `npm run db:seed`: loads the default user and the demo article into the configured database.
import { openDatabase } from "../lib/db/connect";
import { seedDemo } from "../lib/db/seed-demo";
import { databaseSettings } from "../lib/db/settings";

const database = await openDatabase(databaseSettings());
try {
  console.log(await seedDemo(database.db));
} finally {
  await database.close();
}
