import "server-only";
import { db } from "@/lib/core/db";
import { addMonthsClamped, todayInShanghai } from "@/lib/core/calendar-math";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { childRows, type ResolvedUnit } from "./report-unit";
import { percent, type ReportResult } from "./types";

const LIST_LIMIT = 100;

/** §3.1.5 逾期未更新 / IC-20: ACTIVE files not verified for 12 months (or never). */
export async function staleReport(scope: Scope, ru: ResolvedUnit, now = new Date()): Promise<ReportResult> {
  const cutoff = addMonthsClamped(todayInShanghai(now), -12);
  const child = ru.childExpr("p");
  const [units, list] = await Promise.all([
    db.$queryRaw<{ child: string | null; active: number; stale: number; never: number }[]>`
      SELECT ${child} AS child, count(*)::int AS active,
        count(*) FILTER (WHERE p."lastVerifiedAt" IS NULL OR p."lastVerifiedAt" < ${cutoff}::date)::int AS stale,
        count(*) FILTER (WHERE p."lastVerifiedAt" IS NULL)::int AS never
      FROM "SubjectProfile" p
      WHERE ${ru.where("p")} AND p."deletedAt" IS NULL AND p.status IN ('CITY_APPROVED', 'EXPORTED')
      GROUP BY ROLLUP (${child})`,
    scopedDb(scope).subjectProfile.findMany({
      where: {
        orgPath: { startsWith: ru.unit.path }, deletedAt: null, status: { in: ["CITY_APPROVED", "EXPORTED"] },
        OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: new Date(`${cutoff}T00:00:00Z`) } }],
      },
      orderBy: [{ lastVerifiedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      take: LIST_LIMIT,
      select: { fileNo: true, lastVerifiedAt: true, person: { select: { name: true, idMasked: true, orgUnit: { select: { name: true } } } } },
    }),
  ]);
  const byChild = new Map(units.filter((u) => u.child !== null).map((u) => [u.child!, u]));
  const total = units.find((u) => u.child === null);
  return {
    title: `逾期未更新（${ru.unit.name}）`,
    notes: [
      `有效档案（市级审核通过、已上报省级）中，最近核实日期早于 ${cutoff} 或从未核实的档案（IC-20）。`,
      `合计：有效 ${total?.active ?? 0} 件，逾期未更新 ${total?.stale ?? 0} 件（${percent(total?.stale ?? 0, total?.active ?? 0)}）。`,
    ],
    tables: [
      {
        title: "按下级单位",
        columns: ["单位", "有效档案", "逾期未更新", "其中从未核实", "逾期比例"],
        rows: childRows(ru, byChild, (u) => [u?.active ?? 0, u?.stale ?? 0, u?.never ?? 0, percent(u?.stale ?? 0, u?.active ?? 0)]),
      },
      {
        title: `逾期档案清单（最多${LIST_LIMIT}条，最久未核实在前）`,
        columns: ["电子档案编号", "姓名", "身份证号", "户籍村（社区）", "最近核实日期"],
        rows: list.map((p) => ({ cells: [p.fileNo, p.person.name, p.person.idMasked, p.person.orgUnit.name, p.lastVerifiedAt?.toISOString().slice(0, 10) ?? "从未核实"] })),
      },
    ],
  };
}
