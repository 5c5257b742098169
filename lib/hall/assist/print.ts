import "server-only";
import { db } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { A4Writer } from "@/lib/core/pdf/a4-writer";
import { issuePrintout } from "@/lib/core/pdf/issue-printout";
import { verifyUrl } from "@/lib/core/pdf/qr";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { MATERIAL_FORM_LABELS } from "@/lib/hall/catalogue/labels";
import { ASSIST_KIND_LABELS, ASSIST_STATUS_LABELS, HANDOVER_DIRECTION_LABELS, PROXY_REASON_LABELS } from "@/lib/hall/labels";
import { loadAssistInScope } from "./services/load";

type Item = { name: string; originalOrCopy: keyof typeof MATERIAL_FORM_LABELS; count: number };

async function basics(scope: Scope, id: string) {
  const a = await loadAssistInScope(scope, id);
  const sdb = scopedDb(scope);
  const [person, agent, item, unit] = await Promise.all([
    sdb.person.findFirst({ where: { id: a.clientPersonId }, select: { name: true, idMasked: true } }),
    sdb.user.findFirst({ where: { id: a.agentStaffId }, select: { displayName: true } }),
    db.serviceItem.findUnique({ where: { id: a.serviceItemId }, select: { name: true, code: true } }),
    db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { name: true } }),
  ]);
  return { a, person, agentName: agent?.displayName ?? "—", item, unitName: unit.name };
}

/** X-50 帮办代办委托登记表 (§7.5.3.1): the entrustment as registered, with blank signature lines. */
export async function printEntrustment(scope: Scope, id: string, origin: string) {
  assertCan(scope, "hall.read");
  const { a, person, agentName, item, unitName } = await basics(scope, id);
  const notice = await scopedDb(scope).oneTimeNotice.findFirst({ where: { assistRequestId: a.id }, orderBy: { issuedAt: "desc" }, select: { noticeNo: true } });
  const printed = await issuePrintout(
    scope,
    { kind: "ENTRUST", entityType: "AssistRequest", entityId: a.id, personId: a.clientPersonId, orgPath: a.orgPath },
    async (docNo) => {
      const w = await A4Writer.create({ title: "帮办代办委托登记表", issuingUnit: unitName, docNo, verifyUrl: verifyUrl(origin, docNo) });
      // X-34: documents handed to (often elderly) clients print at 12 pt.
      w.section("一、委托信息");
      w.fields([
        ["服务类型", ASSIST_KIND_LABELS[a.kind]],
        ["委托登记时间", formatShanghaiDateTime(a.registeredAt)],
        ["委托人（服务对象）", person?.name ?? "—"],
        ["公民身份号码", person?.idMasked ?? "—"],
        ["办理事项", item ? `${item.name}（${item.code}）` : a.itemCode],
        ["帮办代办员", agentName],
      ], 2, 12);
      if (a.kind === "PROXY") {
        w.fields([
          ["代办原因", a.proxyReason ? PROXY_REASON_LABELS[a.proxyReason] + (a.proxyReasonText ? `：${a.proxyReasonText}` : "") : "—"],
          ["委托书", a.entrustmentNote ?? "—"],
        ], 1, 12);
      }
      w.section("二、材料审查");
      w.text(a.materialsComplete ? "材料齐全。" : `材料不齐全，已一次性告知需补齐的材料及途径${notice ? `（告知单编号：${notice.noticeNo}）` : ""}。`, { size: 12 });
      w.text(`当前状态：${ASSIST_STATUS_LABELS[a.status]}`, { size: 12 });
      w.section("三、委托事项说明");
      w.text(a.kind === "PROXY"
        ? "委托人委托帮办代办员代为办理上述事项。双方应在材料交接单上签字办理材料交接；办结后代办员及时将办理结果及相关材料移交委托人。"
        : "帮办代办员当场审查材料，带领服务对象到相关窗口办理上述事项，并协调解决办理中遇到的问题。", { size: 12 });
      w.signatures(["委托人签字", "帮办代办员签字"]);
      w.signatures(["日期"]);
      return w.save();
    },
  );
  return { ...printed, fileName: `帮办代办委托登记表-${person?.name ?? ""}-${printed.docNo}.pdf` };
}

/**
 * X-50 材料交接单 (§7.5.3.2–7.5.3.3): the items of one hand-over with counts and both signature
 * lines. The first print's number becomes the hand-over's receipt number.
 */
export async function printHandover(scope: Scope, id: string, direction: "IN" | "OUT", origin: string) {
  assertCan(scope, "hall.read");
  const { a, person, item, unitName } = await basics(scope, id);
  const h = a.handovers.find((x) => x.direction === direction);
  if (!h) throw new NotFound("尚未登记该次材料交接");
  const items = h.items as Item[];
  const printed = await issuePrintout(
    scope,
    { kind: "HANDOVER", entityType: "MaterialHandover", entityId: h.id, personId: a.clientPersonId, orgPath: a.orgPath },
    async (docNo, tx) => {
      if (!h.receiptNo) await tx.materialHandover.updateMany({ where: { id: h.id, receiptNo: null }, data: { receiptNo: docNo } });
      const w = await A4Writer.create({ title: "材料交接单", issuingUnit: unitName, docNo, verifyUrl: verifyUrl(origin, docNo) });
      // X-34: documents handed to (often elderly) clients print at 12 pt.
      w.fields([
        ["交接方向", HANDOVER_DIRECTION_LABELS[direction]],
        ["交接时间", formatShanghaiDateTime(h.at)],
        ["委托人", person?.name ?? "—"],
        ["公民身份号码", person?.idMasked ?? "—"],
        ["办理事项", item ? `${item.name}（${item.code}）` : a.itemCode],
        ["交出方", h.fromName],
        ["接收方", h.toName],
        ["首次打印编号", h.receiptNo ?? docNo],
      ], 2, 12);
      w.section("交接材料");
      w.table(
        [{ title: "序号", width: 1 }, { title: "材料名称", width: 7 }, { title: "原件/复印件", width: 2.5 }, { title: "份数", width: 1.2 }],
        items.map((m, i) => [String(i + 1), m.name, MATERIAL_FORM_LABELS[m.originalOrCopy] ?? m.originalOrCopy, String(m.count)]),
        12,
      );
      w.text(`共 ${items.length} 项、${items.reduce((s, m) => s + m.count, 0)} 份。以上材料经双方当面清点无误。`, { size: 12 });
      w.signatures([`交出方（${h.fromName}）签字`, `接收方（${h.toName}）签字`]);
      return w.save();
    },
  );
  return { ...printed, fileName: `材料交接单-${person?.name ?? ""}-${printed.docNo}.pdf` };
}
