import "server-only";
import { A4Writer } from "@/lib/core/pdf/a4-writer";
import { issuePrintout } from "@/lib/core/pdf/issue-printout";
import { verifyUrl } from "@/lib/core/pdf/qr";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { DomainError } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { getWeekRoster } from "./roster-queries";
import { LUNCH_SLOT_LABEL } from "./week";

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

/**
 * X-50 午间值班表 (A4, for hall display, §7.1.2): the published days of one week. Every print
 * takes a ROSTER document number with a verification QR code and writes a PRINT event.
 */
export async function printLunchRoster(scope: Scope, orgUnitId: string, weekStart: string, origin: string) {
  assertCan(scope, "hall.read");
  const view = await getWeekRoster(scope, { orgUnitId, weekStart });
  const days = view.days.filter((d) => d.roster?.publishedAt);
  if (days.length === 0) throw new DomainError("本周值班表尚未发布，发布后才能打印");
  const end = view.days[6].date;
  const printed = await issuePrintout(
    scope,
    // A roster concerns no client: the PRINT event names no person.
    { kind: "ROSTER", entityType: "LunchDutyRoster", entityId: `${view.unit.id}:${view.weekStart}`, orgPath: view.unit.path },
    async (docNo) => {
      const w = await A4Writer.create({ title: "午间值班表", issuingUnit: view.unit.name, docNo, verifyUrl: verifyUrl(origin, docNo) });
      w.fields([["值班周期", `${view.weekStart} 至 ${end}`], ["值班时间", `工作日 ${LUNCH_SLOT_LABEL}`]]);
      w.table(
        [{ title: "日期", width: 2.2 }, { title: "星期", width: 1.4 }, { title: "值班人员", width: 4 }, { title: "值班窗口", width: 3 }],
        days.map((d) => [
          d.date, WEEKDAYS[new Date(`${d.date}T00:00:00Z`).getUTCDay()], d.roster!.duty.map((p) => p.name).join("、"),
          d.roster!.windows.map((x) => `${x.windowNo}号窗口`).join("、"),
        ]),
        11,
      );
      w.text("根据《退役军人政务服务工作规范》（DB3702/T 41—2024）7.1.2，工作日 12:00 至 13:30 采取窗口轮流值班方式，由值班人员为服务对象提供服务，确保正常办理业务。", { size: 10.5 });
      w.text(`发布时间：${formatShanghaiDateTime(days[0].roster!.publishedAt!)}`, { size: 9 });
      w.signatures(["值班负责人", "日期"]);
      return w.save();
    },
  );
  return { bytes: printed.bytes, fileName: `午间值班表-${view.weekStart}.pdf` };
}


/** The print route's id is `<unitId>_<weekStart>` (week.ts rosterPrintId), loaded through the caller's scope. */
export async function printLunchRosterById(scope: Scope, id: string, origin: string) {
  const at = id.lastIndexOf("_");
  if (at < 1) throw new DomainError("值班表编号无效");
  return printLunchRoster(scope, id.slice(0, at), id.slice(at + 1), origin);
}
