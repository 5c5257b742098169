// `prisma migrate deploy` and the "create a migration" half of `prisma migrate dev`, on the WASM
// schema engine (see schema-engine.ts for why).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  LOCK_CONTENT, LOCK_FILE, MIGRATIONS_DIR, NO_FILTERS, readMigrationsList, readSchemaFiles, withEngine, type Log,
} from "./schema-engine";

const defaultLog: Log = (m) => console.log(m);

function assertPublicSchema(databaseUrl: string): void {
  // The engine would record `_prisma_migrations` in ?schema=, but the migration SQL is unqualified
  // and would land in search_path's schema: refuse rather than split the database in two.
  const schema = new URL(databaseUrl).searchParams.get("schema");
  if (schema && schema !== "public") throw new Error(`?schema=${schema} is not supported by scripts/db (public only)`);
}

/** Applies pending migrations and records them in `_prisma_migrations`, like `prisma migrate deploy`. */
export async function deployMigrations(databaseUrl: string, log: Log = defaultLog): Promise<{ applied: string[] }> {
  assertPublicSchema(databaseUrl);
  const migrationsList = readMigrationsList();
  if (migrationsList.migrationDirectories.length === 0) {
    log("No migrations in prisma/migrations: nothing to deploy.");
    return { applied: [] };
  }
  // Our own pool, ended in `finally`: the engine does not promise to dispose what it connected.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const out = await withEngine(wholeScriptAdapter(new PrismaPg(pool)), log, (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }));
    const applied = out.appliedMigrationNames;
    log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
    return { applied };
  } finally {
    await pool.end();
  }
}

/**
 * The engine as diff tool: both its main and its shadow database are throw-away in-memory PGlite
 * instances. `diff` from a migration history replays that history on the shadow database, so it
 * must never point at a real one. All instances are closed afterwards so the process can exit.
 */
function inMemoryFactory(): { factory: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> } {
  const instances: PGlite[] = [];
  const fresh = () => {
    const db = new PGlite();
    instances.push(db);
    return new PrismaPGlite(db).connect();
  };
  return {
    factory: { provider: "postgres", adapterName: "pglite-shadow", connect: fresh, connectToShadowDb: fresh },
    close: async () => void (await Promise.all(instances.map((db) => db.close()))),
  };
}

/** UTC YYYYMMDDHHMMSS, as the CLI names migration folders. */
function timestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function newMigrationDir(name: string): string {
  const slug = name.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 200);
  if (!slug) throw new Error("migration name must contain letters, digits or _");
  // Later than every existing folder, even if the clock is behind one of them: history is ordered by name.
  const last = readMigrationsList().migrationDirectories.at(-1)?.path.slice(0, 14) ?? "";
  let t = Date.now();
  while (timestamp(new Date(t)) <= last) t += 1000;
  return path.join(MIGRATIONS_DIR, `${timestamp(new Date(t))}_${slug}`);
}

/** Diffs migration history → current schema; writes a new migration folder, or returns null if nothing changed. */
export async function createMigration(name: string, log: Log = defaultLog): Promise<string | null> {
  const migrationsList = readMigrationsList();
  // Even with no history, diff from "migrations" (an empty shadow DB that already has `public`),
  // as `prisma migrate dev` does: from "empty" would add a CREATE SCHEMA "public" line.
  // The engine reads the connector from the lock file; a first migration writes it anyway.
  const lockfile = { ...migrationsList.lockfile, content: migrationsList.lockfile.content ?? LOCK_CONTENT };
  const from = { tag: "migrations" as const, ...migrationsList, lockfile };
  const shadow = inMemoryFactory();
  const to = { tag: "schemaDatamodel" as const, files: readSchemaFiles() };
  const res = await withEngine(shadow.factory, log, (engine) =>
    engine.diff({ from, to, script: true, exitCode: true, filters: NO_FILTERS }),
  ).finally(() => shadow.close());
  // exitCode 2 = "the diff is not empty" (the --exit-code contract of `prisma migrate diff`).
  if (res.exitCode !== 2) {
    log("No schema changes: the migration history already matches prisma/schema.");
    return null;
  }
  const dir = newMigrationDir(name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), res.stdout ?? "");
  const lockPath = path.join(MIGRATIONS_DIR, LOCK_FILE);
  if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, LOCK_CONTENT);
  log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
  return dir;
}

/**
 * @prisma/adapter-pg's executeScript splits a migration on every ";" — including those inside
 * comments and plpgsql bodies (the audit trigger). PostgreSQL's simple-query protocol runs a
 * multi-statement script as sent, as the native CLI does, so hand it the script whole.
 */
function wholeScriptAdapter(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const inner = adapter as unknown as { client: pg.Pool; onError(e: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await inner.client.query(script);
      } catch (e) {
        inner.onError(e);
      }
    };
    return adapter;
  };
  return factory;
}
