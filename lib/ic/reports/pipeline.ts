import "server-only";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { addDays, todayInShanghai, workingDaysBetween, type DayOverride } from "@/lib/core/calendar-math";
import { shanghaiDayStart } from "@/lib/audit/format";
import { PROFILE_STATUS_LABELS } from "@/lib/ic/labels";
import { STAGE_TARGET_WORKING_DAYS } from "@/lib/ic/workflow";
import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { childRows, type ResolvedUnit } from "./report-unit";
import type { ReportResult } from "./types";

const STAGES: ProfileStatus[] = ["DRAFT", "PENDING_INITIAL", "PENDING_DISTRICT", "PENDING_CITY", "RETURNED", "CITY_APPROVED"];
const TIMED: ProfileStatus[] = ["PENDING_INITIAL", "PENDING_DISTRICT", "PENDING_CITY"];

/**
 * The last calendar day on which a record could have entered a stage and already be past its
 * working-day target today (R-IC-2, X-40 calendar). Exact by the WorkCalendar, computed once per
 * stage here instead of per row in SQL.
 */
export function overdueLastEntryDay(today: string, targetWorkingDays: number, overrides: DayOverride): string {
  let d = today;
  while (workingDaysBetween(d, today, overrides) <= targetWorkingDays) d = addDays(d, -1);
  return d;
}

type Row = { child: string | null; status: ProfileStatus; n: number; median: number | null; max: number | null; overdue: number; byChild: boolean };

/** §3.1.5 审核进度: count per stage, median/max days in stage, overdue against the targets. */
export async function pipelineReport(ru: ResolvedUnit, now = new Date()): Promise<ReportResult> {
  const today = todayInShanghai(now);
  const overrides = await loadOverrides();
  const cutoff = (s: ProfileStatus) => shanghaiDayStart(addDays(overdueLastEntryDay(today, STAGE_TARGET_WORKING_DAYS[s]!, overrides), 1));
  const [ci, cd, cc] = TIMED.map(cutoff);
  const child = ru.childExpr("p");
  // One GROUP BY: per child unit × stage, plus per stage for the whole unit (medians do not add up).
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${child} AS child, p.status, count(*)::int AS n,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ${now}::timestamptz - p."statusSince") / 86400) AS median,
      max(extract(epoch FROM ${now}::timestamptz - p."statusSince") / 86400)::float8 AS max,
      count(*) FILTER (WHERE (p.status = 'PENDING_INITIAL' AND p."statusSince" < ${ci})
        OR (p.status = 'PENDING_DISTRICT' AND p."statusSince" < ${cd}) OR (p.status = 'PENDING_CITY' AND p."statusSince" < ${cc}))::int AS overdue,
      GROUPING(${child}) = 0 AS "byChild"
    FROM "SubjectProfile" p
    WHERE ${ru.where("p")} AND p."deletedAt" IS NULL
      AND p.status IN ('DRAFT','PENDING_INITIAL','PENDING_DISTRICT','PENDING_CITY','RETURNED','CITY_APPROVED')
    GROUP BY GROUPING SETS ((${child}, p.status), (p.status))`;

  const days = (v: number | null) => (v === null ? "—" : Number(v).toFixed(1));
  const total = new Map(rows.filter((r) => !r.byChild).map((r) => [r.status, r]));
  const byChild = new Map<string, Map<ProfileStatus, Row>>();
  for (const r of rows.filter((x) => x.byChild)) {
    const m = byChild.get(r.child ?? "") ?? new Map<ProfileStatus, Row>();
    m.set(r.status, r);
    byChild.set(r.child ?? "", m);
  }
  return {
    title: `审核进度（${ru.unit.name}）`,
    notes: [
      "在途天数按自然日计算（自进入当前环节起）；逾期按工作日历判断：初审5个、区级10个、市级10个工作日（R-IC-2，可配置）。",
      "变更审核（IC-09）不在本表内。",
    ],
    tables: [
      {
        title: "各环节汇总",
        columns: ["环节", "件数", "在途天数中位数", "最长在途天数", "逾期件数"],
        rows: STAGES.map((s) => {
          const r = total.get(s);
          return { cells: [PROFILE_STATUS_LABELS[s], r?.n ?? 0, days(r?.median ?? null), days(r?.max ?? null), TIMED.includes(s) ? r?.overdue ?? 0 : "—"] };
        }),
      },
      {
        title: "按下级单位",
        columns: ["单位", ...STAGES.map((s) => PROFILE_STATUS_LABELS[s]), "逾期件数"],
        rows: childRows(ru, byChild, (m) => [...STAGES.map((s) => m?.get(s)?.n ?? 0), [...(m?.values() ?? [])].reduce((a, r) => a + r.overdue, 0)]),
      },
    ],
  };
}
