// The service-hall scenarios of bench/run.ts (issue 4): the clerk's desk and the case list with
// 500,000 cases seeded (target p95 < 200 ms, 0 errors), the city-wide list and a case page.
// Their SQL is recorded from the lib functions the pages call (bench/record-hall.ts).
import type pg from "pg";
import type { BenchContext } from "./scenarios-core";
import type { Scenario } from "./lib-http";
import type { Step } from "./lib-stats";

export async function prepareHall(c: pg.Client, log: (m: string) => void) {
  const one = async <T>(sql: string, p: unknown[] = []) => (await c.query(sql, p)).rows[0] as T;
  const clerk = await one<{ id: string; path: string }>(`SELECT u.id, o.path FROM "User" u JOIN "OrgUnit" o ON o.id = u."orgUnitId" WHERE u.username = 'district_clerk'`);
  // The case the clerk opens from the desk: the head of their own queue.
  const head = await one<{ id: string; caseNo: string }>(
    `SELECT id, "caseNo" FROM "ServiceCase" WHERE "firstHandlerId" = $1 AND status IN ('REGISTERED','PENDING_MATERIALS','ACCEPTED','IN_PROGRESS','AWAITING_APPROVAL')
     ORDER BY "dueDate" NULLS LAST, "receivedAt" LIMIT 1`, [clerk.id]);
  if (!head) throw new Error("district_clerk 没有在办件：规模数据中缺少办件？");
  const n = await one<{ total: string; district: string; mine: string; open: string }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE "hallOrgPath" LIKE $1 || '%' OR "orgPath" LIKE $1 || '%') AS district,
       count(*) FILTER (WHERE "firstHandlerId" = $2) AS mine,
       count(*) FILTER (WHERE "firstHandlerId" = $2 AND status IN ('REGISTERED','PENDING_MATERIALS','ACCEPTED','IN_PROGRESS','AWAITING_APPROVAL')) AS open
     FROM "ServiceCase"`, [clerk.path, clerk.id]);
  log(`cases: ${n.total} total, ${n.district} in 市南区's scope, district_clerk first-handles ${n.mine} (${n.open} open)`);
  return {
    fixtures: { caseId: head.id, caseNo: head.caseNo },
    scenarios: (ctx: BenchContext, sqlOf: Record<string, Step[]>): Scenario[] => [
      { name: "hall-desk", path: "/", headers: { cookie: ctx.cookies.district_clerk }, expect: 200, expectText: "我的办件", connections: [1, 10], steps: sqlOf["hall-desk"], note: "district_clerk: desk with my case queue" },
      { name: "case-list", path: "/hall/cases", headers: { cookie: ctx.cookies.district_clerk }, expect: 200, expectText: "办件", connections: [1, 10], steps: sqlOf["case-list"], note: "district_clerk, 市南区 scope (hall or owner)" },
      { name: "case-list-mine", path: "/hall/cases?view=mine", headers: { cookie: ctx.cookies.district_clerk }, expect: 200, expectText: "办件", connections: [1, 10], steps: sqlOf["case-list-mine"] },
      { name: "case-list-city", path: "/hall/cases", headers: { cookie: ctx.cookies.city_clerk }, expect: 200, expectText: "办件", connections: [1, 10], steps: sqlOf["case-list-city"], note: "city_clerk, all cases in scope" },
      { name: "case-detail", path: `/hall/cases/${head.id}`, headers: { cookie: ctx.cookies.district_clerk }, expect: 200, expectText: head.caseNo, connections: [1, 10], steps: sqlOf["case-detail"] },
    ],
    users: ["district_clerk", "city_clerk"],
  };
}
