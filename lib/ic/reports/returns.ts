import "server-only";
import { db } from "@/lib/core/db";
import { defectFieldLabel } from "@/lib/ic/review/defect-fields";
import { childRows, type ResolvedUnit } from "./report-unit";
import { percent, type ReportResult } from "./types";

/**
 * §3.1.5 退回分析. Return rate = files returned at least once ÷ files ever submitted (any status
 * but DRAFT, or returned). Returns are reached through their profile, so the profile's current
 * owner decides scope (a transferred file takes its history along).
 */
export async function returnsReport(ru: ResolvedUnit): Promise<ReportResult> {
  const child = ru.childExpr("p");
  const [units, fields, collectors] = await Promise.all([
    db.$queryRaw<{ child: string | null; submitted: number; returned: number; returns: number }[]>`
      SELECT ${child} AS child,
        count(*) FILTER (WHERE p.status <> 'DRAFT' OR r.n IS NOT NULL)::int AS submitted,
        count(r.n)::int AS returned, coalesce(sum(r.n), 0)::int AS returns
      FROM "SubjectProfile" p
      LEFT JOIN (SELECT "profileId", count(*) AS n FROM "ProfileReturn" GROUP BY 1) r ON r."profileId" = p.id
      WHERE ${ru.where("p")} AND p."deletedAt" IS NULL
      GROUP BY ROLLUP (${child})`,
    db.$queryRaw<{ field: string; n: number; reasons: string[] }[]>`
      SELECT d->>'field' AS field, count(*)::int AS n, (array_agg(DISTINCT d->>'reason'))[1:3] AS reasons
      FROM "ProfileReturn" r JOIN "SubjectProfile" p ON p.id = r."profileId", jsonb_array_elements(r.defects) d
      WHERE ${ru.where("p")} AND p."deletedAt" IS NULL
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
    db.$queryRaw<{ name: string; submitted: number; returned: number }[]>`
      SELECT coalesce(u."displayName", '（已删除用户）') AS name,
        count(*) FILTER (WHERE p.status <> 'DRAFT' OR r.n IS NOT NULL)::int AS submitted, count(r.n)::int AS returned
      FROM "SubjectProfile" p
      LEFT JOIN (SELECT "profileId", count(*) AS n FROM "ProfileReturn" GROUP BY 1) r ON r."profileId" = p.id
      LEFT JOIN "User" u ON u.id = p."collectedById"
      WHERE ${ru.where("p")} AND p."deletedAt" IS NULL
      GROUP BY 1 HAVING count(r.n) > 0 ORDER BY 3 DESC, 1 LIMIT 10`,
  ]);
  const byChild = new Map(units.filter((u) => u.child !== null).map((u) => [u.child!, u]));
  const total = units.find((u) => u.child === null);
  return {
    title: `退回分析（${ru.unit.name}）`,
    notes: [`合计：已提交 ${total?.submitted ?? 0} 件，被退回过 ${total?.returned ?? 0} 件，退回率 ${percent(total?.returned ?? 0, total?.submitted ?? 0)}。`],
    tables: [
      {
        title: "按下级单位",
        columns: ["单位", "已提交档案", "被退回过的档案", "退回次数", "退回率"],
        rows: childRows(ru, byChild, (u) => [u?.submitted ?? 0, u?.returned ?? 0, u?.returns ?? 0, percent(u?.returned ?? 0, u?.submitted ?? 0)]),
      },
      {
        title: "问题项前10名",
        columns: ["问题项", "次数", "原因示例"],
        rows: fields.map((f) => ({ cells: [defectFieldLabel(f.field), f.n, (f.reasons ?? []).join("；")] })),
      },
      {
        title: "按采集人（退回最多的10人）",
        columns: ["采集人", "已提交档案", "被退回过的档案", "退回率"],
        rows: collectors.map((c) => ({ cells: [c.name, c.submitted, c.returned, percent(c.returned, c.submitted)] })),
      },
    ],
  };
}
