// `npm run seed:scale -- --persons 300000 [--cases 500000] [--database-url URL]`: fills the Person table up to a
// total for load tests and gives every person an information-collection file with its groups,
// checklist and return history (scripts/lib/seed-profiles.ts); bench/run.ts reuses `seedScale`. On DATABASE_URL, or without it on the
// embedded server of `npm start` (.data/pg, port EMBEDDED_PG_PORT or 54329, database "veterans").
// Migrates, seeds the demo data into an empty database, then bulk-inserts generated persons with
// multi-row INSERT … SELECT FROM unnest(arrays) in batches (≈10× faster than Prisma createMany).
//
// Disjointness: the scale persons continue the demo's generator stream (same seed, skipping the
// indices the demo used). One generator stream never repeats a (birth date, sequence) pair, so no
// scale ID can equal a demo ID whatever villages either run picked. ON CONFLICT on the blind index
// additionally skips any ID someone entered by hand, so the unique index can never be violated.
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { deployMigrations } from "./db/migrate-lib";
import { ensureSecrets } from "./lib/secrets";
import { createSeedClient } from "./lib/seed-client";
import { seedDemo } from "../prisma/seed/seed-demo";
import { generatePersons } from "../prisma/seed/person-generator";
import { blindIndex, encryptField } from "../lib/core/crypto";
import { maskIdNumber } from "../lib/core/mask";
import { seedProfiles, type SeedProfilesResult } from "./lib/seed-profiles";
import { seedCases, type SeedCasesResult } from "./lib/seed-cases";

/** The demo seeder's generator seed and its default person count (prisma/seed/seed-demo.ts). */
const DEMO_SEED = 20240630;
const DEMO_PERSONS = 2000;
const BATCH = 10_000;
/** Upper bound handed to the lazy generator; we stop pulling long before it. */
const STREAM_LIMIT = 20_000_000;
const DAY_MS = 86_400_000;

export type SeedScaleResult = {
  before: number; inserted: number; total: number; ms: number; rowsPerSec: number;
  /** The information-collection files of every person (scripts/lib/seed-profiles.ts). */
  profiles: SeedProfilesResult;
  /** Service cases added (scripts/lib/seed-cases.ts). */
  cases: SeedCasesResult;
  totalMs: number;
};

const INSERT_SQL = `
INSERT INTO "Person" ("id", "idNumberHash", "idNumberCipher", "idMasked", "name", "gender", "birthDate",
  "mobile", "landline", "hukouAddress", "orgUnitId", "orgPath", "createdAt", "updatedAt")
SELECT id, h, c, m, n, g, b, mob, land, addr, u, p, t, t
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::"Gender"[], $7::date[],
  $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[])
  AS x(id, h, c, m, n, g, b, mob, land, addr, u, p, t)
ON CONFLICT ("idNumberHash") DO NOTHING`;

/** cuid-like primary keys (Prisma's @default(cuid()) is client-side, so raw inserts supply their own). */
function idFactory(): () => string {
  const prefix = "cs" + Date.now().toString(36);
  let n = 0;
  return () => prefix + (n++).toString(36).padStart(7, "0") + Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, "0");
}

/**
 * Adds generated persons until the table holds `persons` rows (demo rows included), then gives
 * every person without one an information-collection file (seedProfiles). Assumes the database
 * is migrated and the org tree exists (call `prepareDatabase` first). Idempotent.
 */
export async function seedScale(url: string, opts: { persons: number; cases?: number; log?: (m: string) => void }): Promise<SeedScaleResult> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    const persons = await seedPersons(client, opts.persons, log);
    const profiles = await seedProfiles(url, { log });
    const cases = await seedCases(url, { count: await missingCases(client, opts.cases ?? 0), log });
    const totalMs = Date.now() - started;
    log(`规模数据合计用时 ${(totalMs / 1000).toFixed(1)} s`);
    return { ...persons, profiles, cases, totalMs };
  } finally {
    await client.end();
  }
}

/** How many cases to add so the table holds `target` (a re-run adds only the difference). */
async function missingCases(client: pg.Client, target: number): Promise<number> {
  const have = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "ServiceCase"`)).rows[0].n);
  return Math.max(0, target - have);
}

/** Appends generated persons up to `target` (see the header on disjointness). */
async function seedPersons(client: pg.Client, target: number, log: (m: string) => void) {
  const started = Date.now();
  const before = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Person"`)).rows[0].n);
  if (before >= target) {
    log(`已有 ${before} 名人员（≥ ${target}），无需追加`);
    return { before, inserted: 0, total: before, ms: 0, rowsPerSec: 0 };
  }
  const { rows: units } = await client.query<{ id: string; code: string; name: string; path: string }>(
    `SELECT id, code, name, path FROM "OrgUnit" WHERE level = 'VILLAGE' AND active ORDER BY code`,
  );
  if (units.length === 0) throw new Error("没有村（社区）单位：请先写入组织机构（演示数据）");
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const villages = units.map((u) => ({ code: u.code, name: u.name }));

  // Skip the demo's part of the stream, and (on a re-run) whatever an earlier run already took.
  const skip = Math.max(DEMO_PERSONS, before);
  const stream = generatePersons({ count: STREAM_LIMIT, seed: DEMO_SEED, villages });
  for (let i = 0; i < skip; i++) stream.next();

  const nextId = idFactory();
  const now = Date.now();
  let inserted = 0;
  let index = skip;
  let lastLog = Date.now();
  const need = () => target - before - inserted;

  const buildBatch = (size: number) => {
    const cols: unknown[][] = Array.from({ length: 13 }, () => new Array(size));
    for (let k = 0; k < size; k++) {
      const r = stream.next();
      if (r.done) throw new Error("人员生成器已耗尽");
      const p = r.value;
      const u = unitByCode.get(p.villageCode)!;
      cols[0][k] = nextId();
      cols[1][k] = blindIndex(p.idNumber);
      cols[2][k] = encryptField(p.idNumber);
      cols[3][k] = maskIdNumber(p.idNumber);
      cols[4][k] = p.name;
      cols[5][k] = p.gender;
      cols[6][k] = p.birthDate;
      cols[7][k] = p.mobile;
      cols[8][k] = p.landline;
      cols[9][k] = p.hukouAddress;
      cols[10][k] = u.id;
      cols[11][k] = u.path;
      // Registered over the last three years (deterministic), so "new in 30 days" is realistic.
      const i = index++;
      cols[12][k] = new Date(now - ((i * 7919) % 1095) * DAY_MS - ((i * 104_729) % 86_400) * 1000).toISOString();
    }
    return cols;
  };

  // Pipelined: the next batch is encrypted in JS while PostgreSQL inserts the previous one. Rows
  // skipped by ON CONFLICT show up when a batch is awaited; the loop then tops up.
  let pending: { result: Promise<pg.QueryResult>; size: number } | null = null;
  for (;;) {
    const remaining = need() - (pending?.size ?? 0);
    if (remaining <= 0) {
      if (!pending) break;
      inserted += (await pending.result).rowCount ?? 0;
      pending = null;
      continue;
    }
    const size = Math.min(BATCH, remaining);
    const cols = buildBatch(size);
    if (pending) inserted += (await pending.result).rowCount ?? 0;
    pending = { result: client.query(INSERT_SQL, cols), size };
    if (Date.now() - lastLog > 5000) {
      lastLog = Date.now();
      log(`  … ${before + inserted} / ${target}`);
    }
  }

  // VACUUM too: a bulk-loaded table is not all-visible yet; production tables are (autovacuum).
  await client.query(`VACUUM (ANALYZE) "Person"`);
  const ms = Date.now() - started;
  const total = before + inserted;
  const rowsPerSec = Math.round(inserted / (ms / 1000));
  log(`已追加 ${inserted} 名人员（共 ${total}），用时 ${(ms / 1000).toFixed(1)} s，${rowsPerSec} 行/秒（含 VACUUM ANALYZE）`);
  return { before, inserted, total, ms, rowsPerSec };
}

/** Migrations + demo data (org tree, accounts, `demoPersons` persons) when the database is empty. */
export async function prepareDatabase(url: string, opts: { demoPersons?: number; log?: (m: string) => void } = {}): Promise<void> {
  const log = opts.log ?? ((m: string) => console.log(m));
  await deployMigrations(url, log);
  const client = createSeedClient(url);
  try {
    const r = await seedDemo(client, { persons: opts.demoPersons ?? DEMO_PERSONS });
    if (r.seeded) log(`已写入演示数据：${r.units} 个单位、${r.persons} 名人员`);
  } finally {
    await client.$disconnect();
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

async function main() {
  const log = (m: string) => console.log(`[seed:scale] ${m}`);
  const persons = Number(argValue("--persons") ?? 300_000);
  const cases = Number(argValue("--cases") ?? 500_000);
  if (!Number.isInteger(cases) || cases < 0) throw new Error(`--cases 应为非负整数：${argValue("--cases")}`);
  if (!Number.isInteger(persons) || persons < 0) throw new Error(`--persons 应为非负整数：${argValue("--persons")}`);
  const root = path.resolve(import.meta.dirname, "..");
  const dataDir = path.join(root, ".data");
  const explicitUrl = argValue("--database-url") ?? process.env.DATABASE_URL;
  ensureSecrets(dataDir, { allowGenerate: !explicitUrl, log });

  let stopDb: (() => Promise<void>) | undefined;
  let url = explicitUrl;
  if (!url) {
    const { startEmbeddedPostgres } = await import("./lib/embedded-pg");
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port, persistent: true, log });
    await server.ensureDatabase("veterans");
    url = server.urlFor("veterans");
    stopDb = () => server.stop();
    log(`内置 PostgreSQL（127.0.0.1:${port}，.data/pg）`);
  }
  try {
    const t0 = Date.now();
    await prepareDatabase(url, { log });
    log(`迁移与演示数据：${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await seedScale(url, { persons, cases, log });
  } finally {
    await stopDb?.();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error("[seed:scale] 失败：", e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  });
}
