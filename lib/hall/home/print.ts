import "server-only";
import { db } from "@/lib/core/db";
import { InvalidTransition } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { A4Writer } from "@/lib/core/pdf/a4-writer";
import { issuePrintout } from "@/lib/core/pdf/issue-printout";
import { verifyUrl } from "@/lib/core/pdf/qr";
import { formatDate, formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { caseInScope, scopedDb, type Scope } from "@/lib/core/scope";
import { workingDaysLabel } from "@/lib/hall/catalogue/labels";
import { HOME_HARDSHIP_LABELS, HOME_RESULT_LABELS, HOME_SERVICE_CONTENT_LABELS, type HomeServiceContent } from "@/lib/hall/labels";
import { loadHomeInScope } from "./services/load";

/**
 * X-50 上门服务记录单 (§7.3.3): what was provided at the home and the result. For a result with a
 * deadline it prints the case's promised completion date — so the case must have been accepted.
 */
export async function printHomeRecord(scope: Scope, id: string, origin: string) {
  assertCan(scope, "hall.read");
  const h = await loadHomeInScope(scope, id);
  if (h.status !== "VISITED" && h.status !== "CLOSED") throw new InvalidTransition("上门服务结果登记后方可打印记录单");
  const sdb = scopedDb(scope);
  const [person, item, kase, staff, unit] = await Promise.all([
    sdb.person.findFirst({ where: { id: h.applicantPersonId }, select: { name: true, idMasked: true } }),
    db.serviceItem.findUnique({ where: { id: h.serviceItemId }, select: { code: true, name: true, promisedWorkingDays: true } }),
    h.caseId ? db.serviceCase.findFirst({ where: { id: h.caseId, ...caseInScope(scope) }, select: { caseNo: true, promisedDueDate: true, status: true } }) : null,
    sdb.user.findMany({ where: { id: { in: h.serviceStaffIds } }, select: { displayName: true } }),
    db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { name: true } }),
  ]);
  if (h.result === "ACCEPTED_WITH_DEADLINE" && !kase?.promisedDueDate) throw new InvalidTransition("办件尚未受理，暂无承诺办结日期：请先完成办件登记");
  const printed = await issuePrintout(
    scope,
    { kind: "HOME", entityType: "HomeServiceRequest", entityId: h.id, personId: h.applicantPersonId, orgPath: h.orgPath },
    async (docNo) => {
      const w = await A4Writer.create({ title: "上门服务记录单", issuingUnit: unit.name, docNo, verifyUrl: verifyUrl(origin, docNo) });
      // documents handed to (often elderly) clients print at 12 pt.
      w.section("一、服务对象");
      w.fields([
        ["申请人", person?.name ?? "—"],
        ["公民身份号码", person?.idMasked ?? "—"],
        ["代理人", h.agentName ?? "无"],
        ["服务事项", item ? `${item.name}（${item.code}）` : h.itemCode],
        ["需现场认证", h.needsOnSiteAuthentication ? "是" : "否（经审核人员批准例外）"],
        ["实际困难", HOME_HARDSHIP_LABELS[h.hardship]],
      ], 2, 12);
      w.fields([["困难情况", h.hardshipNote]], 1, 12);
      w.section("二、上门安排");
      w.fields([
        ["约定时间", h.agreedAt ? formatShanghaiDateTime(h.agreedAt) : "—"],
        ["上门地点", h.address ?? "—"],
        ["上门服务人员", staff.map((s) => s.displayName).join("、") || "—"],
      ], 2, 12);
      w.section("三、服务内容及结果");
      w.fields([
        ["服务内容", h.servicesProvided.map((s) => HOME_SERVICE_CONTENT_LABELS[s as HomeServiceContent] ?? s).join("、")],
        ["办理结果", h.result ? HOME_RESULT_LABELS[h.result] : "—"],
        ["办件编号", kase?.caseNo ?? "—"],
        ["承诺时限", item ? workingDaysLabel(item.promisedWorkingDays) : "—"],
      ], 2, 12);
      if (h.result === "ACCEPTED_WITH_DEADLINE") {
        // §7.3.3 "明确告知办理程序和时限，并在承诺时限内办结".
        w.text(`承诺办结日期：${formatDate(kase!.promisedDueDate)}。本事项需经审核或上级审批后作出决定，我们将在承诺时限内办结并告知您办理结果。`, { size: 12 });
      }
      if (h.result === "COMPLETED_ON_SITE") w.text("本事项已当场办结。", { size: 12 });
      if (h.result === "PROXY") w.text("本事项转为代办服务，由帮办代办员代为办理，另行签订委托登记表并办理材料交接。", { size: 12 });
      if (h.resultNote) w.fields([["情况说明", h.resultNote]], 1, 12);
      w.signatures(["上门服务人员签字", "服务对象（代理人）签字"]);
      w.signatures(["日期"]);
      return w.save();
    },
  );
  return { ...printed, fileName: `上门服务记录单-${person?.name ?? ""}-${printed.docNo}.pdf` };
}
