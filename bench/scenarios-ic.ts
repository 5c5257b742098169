// The information-collection scenarios of bench/run.ts: the 审核台 (district and city stage), a
// profile page, the city census report and a 10,000-row import. Their SQL is recorded from the
// lib functions the pages call (bench/ic-worker.ts), not copied by hand.
import type pg from "pg";
import type { BenchContext } from "./scenarios-core";
import type { Row, Scenario } from "./lib-http";
import type { Step } from "./lib-stats";
import { runWorker } from "./lib-worker";

const IMPORTER = "district_clerk";

export async function prepareIc(c: pg.Client, root: string, url: string, log: (m: string) => void, hall: { caseId: string }) {
  const one = async <T>(sql: string, p: unknown[] = []) => (await c.query(sql, p)).rows[0] as T;
  const district = await one<{ path: string }>(`SELECT path FROM "OrgUnit" WHERE code = '370202'`);
  // The file a district reviewer opens first: the head of their queue (oldest, overdue).
  const profile = await one<{ id: string; name: string }>(
    `SELECT sp.id, p.name FROM "SubjectProfile" sp JOIN "Person" p ON p.id = sp."personId"
     WHERE sp."orgPath" LIKE $1 || '%' AND sp.status = 'PENDING_DISTRICT' AND sp."deletedAt" IS NULL ORDER BY sp."statusSince", sp.id LIMIT 1`, [district.path]);
  if (!profile) throw new Error("市南区没有待区级审核的档案：规模数据中缺少采集档案？");
  const counts = await one<{ total: string; district: string; pd: string; pc: string }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE "orgPath" LIKE $1 || '%') AS district,
       count(*) FILTER (WHERE "orgPath" LIKE $1 || '%' AND status = 'PENDING_DISTRICT') AS pd, count(*) FILTER (WHERE status = 'PENDING_CITY') AS pc
     FROM "SubjectProfile"`, [district.path]);
  log(`profiles: ${counts.total} total, ${counts.district} in 市南区, queues: ${counts.pd} 待区级审核 (市南区), ${counts.pc} 待市级审核`);

  // One recording run for every worker-recorded page (information collection and the hall).
  const recorded = await runWorker(root, url, { mode: "record", profileId: profile.id, caseId: hall.caseId });
  const sqlOf: Record<string, Step[]> = recorded.steps;
  for (const [name, steps] of Object.entries(sqlOf)) log(`${name}: ${steps.length} statements recorded${recorded.writes[name] ? ` (+${recorded.writes[name]} in the audit transaction, not replayed)` : ""}`);

  const scenarios = (ctx: BenchContext): Scenario[] => [
    {
      name: "review-queue", path: "/ic/review", headers: { cookie: ctx.cookies.district_reviewer }, expect: 200, expectText: "采集审核",
      connections: [1, 10], steps: sqlOf["review-queue"], note: "district_reviewer, 区级 stage + tab counts",
    },
    {
      name: "review-queue-city", path: "/ic/review", headers: { cookie: ctx.cookies.city_reviewer }, expect: 200, expectText: "采集审核",
      connections: [1, 10], steps: sqlOf["review-queue-city"], note: "city_reviewer, 市级 stage, 300k in scope",
    },
    {
      name: "profile-detail", path: `/ic/${profile.id}`, headers: { cookie: ctx.cookies.district_reviewer }, expect: 200, expectText: profile.name,
      connections: [1, 10], steps: sqlOf["profile-detail"], note: "district_reviewer; audited view, SQL ms excl. the audit write",
    },
    {
      name: "census-city", path: "/ic/reports/census", headers: { cookie: ctx.cookies.city_reviewer }, expect: 200, expectText: "人员类别统计",
      connections: [1, 10], steps: sqlOf["census-city"], note: "city_reviewer, whole city",
    },
  ];
  return { sqlOf, scenarios, users: ["district_reviewer", "city_reviewer", IMPORTER] };
}

/**
 * import-10k, once: workbook → upload through the real route (multipart, session cookie) → the
 * preview page → commit through commitImportJob in-process as the same user (a server action is
 * awkward to call over HTTP). Errors are reported in the row rather than thrown.
 */
export async function runImportScenario(root: string, url: string, ctx: BenchContext, rows = 10_000): Promise<Row> {
  const base: Row = {
    name: "import-10k", scenario: "import-10k", connections: 1, requests: 1, errors: 0, unexpected: 0, p50Ms: null, p95Ms: null, p99Ms: null,
    rps: null, sqlMs: null, sqlMainMs: null, ratioToFloor: null, avgKB: null, statuses: {},
  };
  try {
    const r = await runWorker(root, url, { mode: "import", base: ctx.base, cookie: ctx.cookies[IMPORTER], username: IMPORTER, rows });
    const ok = r.created === rows && r.errorCount === 0 && r.previewStatus === 200;
    const total = Math.round((r.uploadSec + r.commitSec) * 100) / 100;
    return {
      ...base, errors: ok ? 0 : 1, unexpected: ok ? 0 : 1, avgKB: r.fileKB, statuses: { 303: 1, [`preview ${r.previewStatus}`]: 1 },
      p50Ms: Math.round(total * 1000),
      phases: { uploadValidateSec: r.uploadSec, previewSec: r.previewSec, commitSec: r.commitSec, totalSec: total, workbookSec: r.workbookSec },
      note: `${IMPORTER}: upload+validate ${r.uploadSec} s (HTTP route) + commit ${r.commitSec} s (commitImportJob in-process, ${r.mode}) = ${total} s; `
        + `preview page ${r.previewSec} s; ${r.created}/${rows} created, ${r.errorCount} row errors, ${r.fileKB} KB file`
        + (r.rejectedLabels.length ? `; ⚠ template dropdown label(s) refused by the row validator: ${r.rejectedLabels.join("、")} (typed short form used)` : ""),
    };
  } catch (e) {
    return { ...base, errors: 1, unexpected: 1, note: `failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
