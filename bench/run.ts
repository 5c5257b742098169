// `npm run bench [-- --persons 300000 --cases 500000 --duration 6 --only review-queue,case-list]`: load figures
// for the main pages, side by side with a floor (a bare dynamic page without database access) and
// with the SQL each page runs. Not a test: it prints a table and writes bench/results.json.
// Everything runs on a throw-away embedded PostgreSQL and a `next start` on free ports; both are
// stopped and the temp dir removed even on failure or Ctrl-C.
//
// Scenarios: bench/scenarios-core.ts (registry pages), bench/scenarios-ic.ts (information
// collection: review desk, profile page, census, a 10,000-row import), bench/scenarios-hall.ts
// (service hall: the clerk's desk, case lists, a case page). `--database-url URL` reuses
// an existing database instead (its keys must be in the environment); only for working on the bench.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "../scripts/lib/embedded-pg";
import { buildApp, needsBuild } from "../scripts/lib/build-if-needed";
import { prepareDatabase, seedScale, type SeedScaleResult } from "../scripts/seed-scale";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { verifyPassword, hashPassword } from "../lib/core/password";
import { cpuBusyPct, explain, pct, round, slowestStep, timeSteps, type SqlTiming } from "./lib-stats";
import { csrf, login, measure, preflight, waitForServer, type Row, type Scenario } from "./lib-http";
import { prepareCore, type BenchContext } from "./scenarios-core";
import { prepareIc, runImportScenario } from "./scenarios-ic";
import { prepareHall } from "./scenarios-hall";

// ---- arguments ----------------------------------------------------------------------------------
function argText(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
function arg(name: string, dflt: number): number {
  const v = argText(name);
  const n = v === undefined ? dflt : Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name}: not a number: ${v}`);
  return n;
}
const PERSONS = arg("--persons", 300_000);
const CASES = arg("--cases", 500_000);
const DURATION = arg("--duration", 6);
const SQL_RUNS = arg("--sql-runs", 200);
const IMPORT_ROWS = arg("--import-rows", 10_000);
const ONLY = argText("--only")?.split(",").map((s) => s.trim()).filter(Boolean);
const REUSE_URL = argText("--database-url");
const wanted = (name: string) => !ONLY || name === "floor" || ONLY.includes(name);

const root = path.resolve(import.meta.dirname, "..");
const log = (m: string) => console.log(`[bench] ${m}`);

// ---- main ---------------------------------------------------------------------------------------
async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "veterans-bench-"));
  fs.chmodSync(tmp, 0o755); // mkdtemp makes 0700, which the postgres user cannot traverse
  let server: EmbeddedPostgres | undefined;
  let next: ChildProcess | undefined;
  const serverLog = path.join(tmp, "next.log");
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    if (next && next.exitCode === null) {
      const exited = new Promise((r) => next!.once("exit", r));
      next.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (next.exitCode === null) next.kill("SIGKILL");
    }
    await server?.stop().catch((e) => console.error("[bench] stopping PostgreSQL:", e));
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    const started = Date.now();
    let url: string;
    if (REUSE_URL) {
      url = REUSE_URL;
      log("reusing the database given by --database-url (keys from the environment)");
    } else {
      // Fresh keys for the throw-away database; the app and the seeder read them from the environment.
      for (const k of ["AUTH_SECRET", "FIELD_ENCRYPTION_KEY", "BLIND_INDEX_KEY"]) process.env[k] = randomBytes(32).toString("hex");
      server = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), persistent: false, log });
      await server.ensureDatabase("veterans");
      url = server.urlFor("veterans");
    }
    await prepareDatabase(url, { log });
    const seeded = await seedScale(url, { persons: PERSONS, cases: CASES, log });

    if (needsBuild(root)) buildApp(root, log);
    else log("production build is up to date");

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      // ---- fixtures and the SQL alone (measured before the app starts, so nothing competes) ----
      const core = await prepareCore(c, log);
      const hall = await prepareHall(c, log);
      const ic = await prepareIc(c, root, url, log, hall.fixtures);
      const sqlOf = { ...core.sqlOf, ...ic.sqlOf };
      const sqlTimes: Record<string, SqlTiming> = {};
      for (const [k, steps] of Object.entries(sqlOf)) {
        if (wanted(k)) sqlTimes[k] = steps.length ? await timeSteps(c, steps, SQL_RUNS) : { allMs: 0, mainMs: 0, runs: 0 };
      }
      const argonHash = await hashPassword(DEMO_PASSWORD);
      const argon: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await verifyPassword(argonHash, DEMO_PASSWORD);
        argon.push(performance.now() - t);
      }
      argon.sort((a, b) => a - b);
      const argonMs = pct(argon, 50);

      for (const [title, step] of core.explains) if (!ONLY) await explain(c, title, step);
      for (const name of Object.keys(ic.sqlOf)) {
        const step = wanted(name) ? await slowestStep(c, ic.sqlOf[name]) : undefined;
        if (step) await explain(c, `${name}: its slowest statement`, step);
      }

      // ---- the app ----
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const out = fs.openSync(serverLog, "a");
      next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: root,
        stdio: ["ignore", out, out],
        // The reminder scheduler is a background job: its first daily run over 500,000 cases would
        // compete with the pages being measured, so the measured server does not run it.
        env: { ...process.env, DATABASE_URL: url, BENCH_FLOOR: "1", NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", REMINDERS_DISABLED: "1" },
      });
      await waitForServer(base, next);
      log(`next start on ${base} (setup ${((Date.now() - started) / 1000).toFixed(0)} s)`);

      const cookies: Record<string, string> = {};
      for (const u of new Set([...core.users, ...ic.users, ...hall.users])) cookies[u] = await login(base, u);
      const ctx: BenchContext = { base, cookies, loginCsrf: await csrf(base), argonMs };
      const scenarios: Scenario[] = [...core.scenarios(ctx), ...ic.scenarios(ctx), ...hall.scenarios(ctx, ic.sqlOf)].filter((s) => wanted(s.name));

      for (const s of scenarios) await preflight(base, s);
      const rows: Row[] = [];
      for (const s of scenarios) {
        // Warm-up: compiled routes, JIT, pool connections.
        await measure(base, s, 2, 1);
        for (const conn of s.connections) {
          const background = await cpuBusyPct(1000);
          if (background !== null && background > 20) log(`⚠ ${background}% CPU busy before ${s.name}@c${conn} with the bench idle: figures will be noisy`);
          const m = await measure(base, s, conn, DURATION);
          const t = sqlTimes[s.name];
          rows.push({ ...m, backgroundCpuPct: background, sqlMs: s.steps.length ? round(t.allMs, 3) : null, sqlMainMs: s.steps.length ? round(t.mainMs, 3) : null, ratioToFloor: null });
          log(`${m.name.padEnd(24)} ${m.requests} req, p50 ${m.p50Ms} ms, p95 ${m.p95Ms} ms, ${m.errors} errors`);
        }
      }
      for (const r of rows) {
        const floor = rows.find((f) => f.scenario === "floor" && f.connections === r.connections) ?? rows.find((f) => f.scenario === "floor" && f.connections === 1);
        r.ratioToFloor = floor?.p50Ms && r.p50Ms !== null ? round(r.p50Ms / floor.p50Ms, 1) : null;
      }

      // Last: it adds 10,000 persons and files to 市南区.
      if (wanted("import-10k") && IMPORT_ROWS > 0) {
        log(`import-10k: ${IMPORT_ROWS} rows …`);
        const r = await runImportScenario(root, url, ctx, IMPORT_ROWS);
        rows.push({ ...r, backgroundCpuPct: null });
        log(`import-10k: ${r.note}`);
      }

      printTable(rows, seeded, sqlTimes);
      const bg = rows.filter((r) => r.backgroundCpuPct != null).map((r) => r.backgroundCpuPct!);
      if (bg.length) log(`background CPU busy (bench idle, 1 s before each run): max ${Math.max(...bg)}%, mean ${Math.round(bg.reduce((a, b) => a + b, 0) / bg.length)}%`);
      fs.writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(rows, null, 2) + "\n");
      log(`wrote bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
      if (rows.some((r) => r.errors > 0)) {
        console.log("\n[bench] errors were recorded; last lines of the server log:");
        console.log(fs.readFileSync(serverLog, "utf8").split("\n").slice(-40).join("\n"));
      }
    } finally {
      await c.end();
    }
  } catch (e) {
    if (fs.existsSync(serverLog)) {
      console.error("[bench] last lines of the server log:");
      console.error(fs.readFileSync(serverLog, "utf8").split("\n").slice(-40).join("\n"));
    }
    throw e;
  } finally {
    await cleanup();
  }
}

function printTable(rows: Row[], seeded: SeedScaleResult, sqlTimes: Record<string, SqlTiming>) {
  const cols: [string, (r: Row) => string, number][] = [
    ["name", (r) => r.name, 22],
    ["requests", (r) => String(r.requests), 8],
    ["errors", (r) => String(r.errors), 6],
    ["p50 ms", (r) => String(r.p50Ms), 8],
    ["p95 ms", (r) => String(r.p95Ms), 8],
    ["req/s", (r) => String(r.rps), 7],
    ["SQL ms", (r) => (r.sqlMs === null ? "-" : String(r.sqlMs)), 7],
    ["×floor", (r) => (r.ratioToFloor === null ? "-" : String(r.ratioToFloor)), 6],
    ["KB", (r) => String(r.avgKB), 6],
  ];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(cols[i][2]) : c.padStart(cols[i][2]))).join("  ");
  const p = seeded.profiles;
  console.log(`\n==== bench: ${seeded.total} persons, ${p.profiles || "existing"} new files, ${seeded.cases.cases || "existing"} new cases; seed ${(seeded.totalMs / 1000).toFixed(1)} s (persons ${(seeded.ms / 1000).toFixed(1)} s, files ${(p.ms / 1000).toFixed(1)} s, cases ${(seeded.cases.ms / 1000).toFixed(1)} s)`);
  console.log(`==== ${DURATION} s per run; SQL ms = p50 of the page's queries run serially (≤ ${SQL_RUNS} runs, ~4 s budget each) ====`);
  console.log(line(cols.map((c) => c[0])));
  for (const r of rows) {
    const first = r.connections === rows.find((x) => x.scenario === r.scenario)?.connections;
    const runs = sqlTimes[r.scenario]?.runs;
    const extra = first && r.note ? `   (${r.note}${runs && runs < SQL_RUNS ? `; SQL over ${runs} runs` : ""})` : "";
    console.log(line(cols.map((c) => c[1](r))) + extra);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error("[bench] 失败：", e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  },
);
