// npx tsx scripts/db/deploy-migrations.ts
// Applies pending migrations to DATABASE_URL. Without DATABASE_URL it starts the embedded
// PostgreSQL the way `npm start` does (.data/pg, port EMBEDDED_PG_PORT or 54329, database
// "veterans"; keep in step with scripts/start.ts), deploys, stops it.
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/embedded-pg";
import { deployMigrations } from "./migrate-lib";
import { ROOT } from "./schema-engine";

const EMBEDDED = { dataDir: path.join(ROOT, ".data", "pg"), port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), database: "veterans" };

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await deployMigrations(url);
    return;
  }
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED.dataDir, port: EMBEDDED.port, persistent: true, log: console.log });
  try {
    await server.ensureDatabase(EMBEDDED.database);
    await deployMigrations(server.urlFor(EMBEDDED.database));
  } finally {
    await server.stop();
  }
}

const started = Date.now();
try {
  await main();
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
