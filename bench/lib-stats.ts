// Figures for bench/run.ts: percentiles, the background-load probe and the SQL-alone timings.
import fs from "node:fs";
import type pg from "pg";

/** One statement a page runs, with its parameters (replayed as-is through node-postgres). */
export type Step = [sql: string, params: unknown[]];

export function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round = (n: number, d = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : null);

/** Share of both cores busy over `ms` (Linux /proc/stat): load from outside this bench skews every figure. */
export async function cpuBusyPct(ms: number): Promise<number | null> {
  const read = () => {
    try {
      const f = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  if (!a || !b || b.total === a.total) return null;
  return Math.round((1 - (b.idle - a.idle) / (b.total - a.total)) * 100);
}

export type SqlTiming = { allMs: number; mainMs: number; runs: number };

/**
 * p50 of the page's statements run serially (`allMs`) and of its slowest one (`mainMs`). At most
 * `runs` runs and about `budgetMs` of wall time, so a heavy report does not eat the bench's budget.
 */
export async function timeSteps(c: pg.Client, steps: Step[], runs: number, budgetMs = 4000): Promise<SqlTiming> {
  const warmUntil = performance.now() + budgetMs / 4;
  for (let i = 0; i < 10 && performance.now() < warmUntil; i++) for (const [s, p] of steps) await c.query(s, p); // warm the cache
  const all: number[] = [];
  const main: number[] = [];
  const until = performance.now() + budgetMs;
  for (let i = 0; i < runs && (i < 5 || performance.now() < until); i++) {
    const t0 = performance.now();
    let slowest = 0;
    for (const [s, p] of steps) {
      const t = performance.now();
      await c.query(s, p);
      slowest = Math.max(slowest, performance.now() - t);
    }
    all.push(performance.now() - t0);
    main.push(slowest);
  }
  all.sort((a, b) => a - b);
  main.sort((a, b) => a - b);
  return { allMs: pct(all, 50), mainMs: pct(main, 50), runs: all.length };
}

export async function explain(c: pg.Client, title: string, [sql, params]: Step): Promise<void> {
  const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  console.log(`\n---- EXPLAIN ANALYZE: ${title}`);
  for (const row of r.rows as { "QUERY PLAN": string }[]) console.log(`  ${row["QUERY PLAN"]}`);
}

/** The slowest statement of a page (best of three runs each, so a hiccup does not pick it), for the EXPLAIN section. */
export async function slowestStep(c: pg.Client, steps: Step[]): Promise<Step | undefined> {
  let worst: { step: Step; ms: number } | undefined;
  for (const step of steps) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await c.query(step[0], step[1]);
      best = Math.min(best, performance.now() - t);
    }
    if (!worst || best > worst.ms) worst = { step, ms: best };
  }
  return worst?.step;
}
