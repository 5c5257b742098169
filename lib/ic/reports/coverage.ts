import "server-only";
import { db } from "@/lib/core/db";
import { PROFILE_STATUS_LABELS } from "@/lib/ic/labels";
import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { childRows, type ResolvedUnit } from "./report-unit";
import { percent, type ReportResult } from "./types";

const STATUSES = Object.keys(PROFILE_STATUS_LABELS) as ProfileStatus[];

/**
 * §3.1.5 应采尽采 / IC-10. Candidates are the persons registered in the subtree: the other candidate
 * sources IC-10 names (discharge registrations RH, pension entitlements PC, conscript families
 * PC-50, imported candidate lists) do not exist yet, so coverage = ACTIVE files ÷ persons for now.
 */
export async function coverageReport(ru: ResolvedUnit): Promise<ReportResult> {
  const childPerson = ru.childExpr("pe");
  const childProfile = ru.childExpr("p");
  const [persons, profiles] = await Promise.all([
    db.$queryRaw<{ child: string; n: number }[]>`
      SELECT ${childPerson} AS child, count(*)::int AS n FROM "Person" pe
      WHERE ${ru.where("pe")} AND pe."deletedAt" IS NULL GROUP BY 1`,
    db.$queryRaw<{ child: string; status: ProfileStatus; n: number }[]>`
      SELECT ${childProfile} AS child, p.status, count(*)::int AS n FROM "SubjectProfile" p
      WHERE ${ru.where("p")} AND p."deletedAt" IS NULL GROUP BY 1, 2`,
  ]);
  type Agg = { persons: number; byStatus: Map<ProfileStatus, number> };
  const byChild = new Map<string, Agg>();
  const get = (c: string) => byChild.get(c) ?? byChild.set(c, { persons: 0, byStatus: new Map() }).get(c)!;
  for (const r of persons) get(r.child).persons = r.n;
  for (const r of profiles) get(r.child).byStatus.set(r.status, r.n);
  const active = (a?: Agg) => (a?.byStatus.get("CITY_APPROVED") ?? 0) + (a?.byStatus.get("EXPORTED") ?? 0);
  const total: Agg = { persons: 0, byStatus: new Map() };
  for (const a of byChild.values()) {
    total.persons += a.persons;
    a.byStatus.forEach((n, s) => total.byStatus.set(s, (total.byStatus.get(s) ?? 0) + n));
  }
  const cells = (a?: Agg) => [a?.persons ?? 0, ...STATUSES.map((s) => a?.byStatus.get(s) ?? 0), active(a), percent(active(a), a?.persons ?? 0)];
  const rows = childRows(ru, byChild, cells);
  rows.push({ cells: ["合计", ...cells(total)] });
  return {
    title: `应采尽采情况（${ru.unit.name}）`,
    notes: [
      "应采对象暂以本辖区已登记人员计；IC-10 所列其他来源（退役报到登记、抚恤优待对象、义务兵家庭、导入的应采名单）上线后并入。",
      "覆盖率 = 有效档案（市级审核通过、已上报省级）÷ 应采对象。",
    ],
    tables: [{ title: "按下级单位", columns: ["单位", "应采对象", ...STATUSES.map((s) => PROFILE_STATUS_LABELS[s]), "有效档案", "覆盖率"], rows }],
  };
}
