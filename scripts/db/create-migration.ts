// npx tsx scripts/db/create-migration.ts <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql for the changes in prisma/schema.
// Needs no database: the diff runs on in-memory PGlite (see migrate-lib.ts).
import { createMigration } from "./migrate-lib";

const name = process.argv[2];
if (!name) {
  console.error("usage: npx tsx scripts/db/create-migration.ts <name>");
  process.exit(2);
}
const started = Date.now();
try {
  await createMigration(name);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
