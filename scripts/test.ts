// `npm test`: the whole suite on a fresh machine — unit and integration tests (vitest) against a
// throw-away embedded PostgreSQL, then a production build and the Playwright journeys in Debian's
// Chromium against that build with seeded demo data. Ends with one "N passed, N failed" line.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "./lib/embedded-pg";
import { deployMigrations } from "./db/migrate-lib";
import { ensureChromium } from "./lib/ensure-chromium";

const root = path.resolve(import.meta.dirname, "..");
const log = (m: string) => console.log(`[test] ${m}`);
const only = process.argv[2]; // optional: "unit" | "integration" | "e2e"
// Optional after "e2e": spec files to run (e.g. tests/e2e/hall.spec.ts). E2E_DIST_DIR lets two
// checkouts of work build side by side without sharing a Next.js output folder.
const e2eSpecs = only === "e2e" ? process.argv.slice(3) : [];

function run(cmd: string, args: string[], env: Record<string, string>): number {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

async function main() {
  const started = Date.now();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "vet-test-"));
  chmodSync(tmp, 0o755); // mkdtemp makes 0700, which the `postgres` user could not traverse
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), persistent: false, fast: true, log });
  const keys = { NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e", FIELD_ENCRYPTION_KEY: "c".repeat(64), BLIND_INDEX_KEY: "d".repeat(64), AUTH_SECRET: "e2e-secret-" + Date.now(), NEXT_TELEMETRY_DISABLED: "1" };
  const counts = { passed: 0, failed: 0 };
  let exit = 0;
  try {
    if (!only || only === "unit" || only === "integration") {
      await pg.ensureDatabase("vet_it");
      const itUrl = pg.urlFor("vet_it");
      await deployMigrations(itUrl);
      const report = path.join(tmp, "vitest.json");
      const projects = only ? ["--project", only] : [];
      const code = run(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--config", "tests/vitest.config.ts", ...projects, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], { ...keys, DATABASE_URL: itUrl });
      addVitest(report, counts);
      if (code !== 0) exit = code;
    }
    if (!only || only === "e2e") {
      ensureChromium(log);
      await pg.ensureDatabase("vet_e2e");
      const e2eUrl = pg.urlFor("vet_e2e");
      await deployMigrations(e2eUrl);
      const env = { ...keys, DATABASE_URL: e2eUrl };
      process.env.DATABASE_URL = e2eUrl;
      Object.assign(process.env, keys);
      const { createSeedClient } = await import("./lib/seed-client");
      const { seedDemo } = await import("../prisma/seed/seed-demo");
      const client = createSeedClient(e2eUrl);
      await seedDemo(client, { persons: 400 });
      await client.$disconnect();
      log("next build");
      if (run(process.execPath, ["node_modules/next/dist/bin/next", "build"], env) !== 0) throw new Error("next build failed");
      const port = await freePort();
      const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
        cwd: root, stdio: ["ignore", "pipe", "inherit"],
        // The journeys assert on inboxes: the scheduler would add reminders depending on the time of day.
        env: { ...process.env, ...env, NEXTAUTH_URL: `http://localhost:${port}`, REMINDERS_DISABLED: "1" },
      });
      await waitForHttp(`http://localhost:${port}/api/health`, 60_000);
      const report = path.join(tmp, "playwright.json");
      const code = run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--config", "tests/e2e/playwright.config.ts", ...e2eSpecs], {
        ...env, BASE_URL: `http://localhost:${port}`, PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      });
      server.kill("SIGTERM");
      addPlaywright(report, counts);
      if (code !== 0) exit = code;
    }
  } catch (e) {
    console.error("[test] error:", e);
    exit = 1;
  } finally {
    await pg.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  log(`finished in ${Math.round((Date.now() - started) / 1000)} s`);
  if (exit !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(exit);
}

function addVitest(file: string, c: { passed: number; failed: number }) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
  c.passed += r.numPassedTests;
  c.failed += r.numFailedTests;
}

function addPlaywright(file: string, c: { passed: number; failed: number }) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  c.passed += r.stats.expected + r.stats.flaky;
  c.failed += r.stats.unexpected;
}

async function waitForHttp(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer ${url}`);
}

main().catch((e) => {
  console.error("[test] fatal:", e);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
