import "server-only";
import { db } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { issuePrintout } from "@/lib/core/pdf/issue-printout";
import { A4Writer } from "@/lib/core/pdf/a4-writer";
import { embedQr, verifyUrl } from "@/lib/core/pdf/qr";
import { MM } from "@/lib/core/pdf/text";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { DOCUMENT_KINDS } from "@/lib/core/doc-number";
import type { Scope } from "@/lib/core/scope";
import { CASE_OUTCOME_LABELS } from "@/lib/hall/labels";
import { loadCaseInScope } from "@/lib/hall/cases/load";
import { evaluationPath, invitationToken } from "./invitations";
import { publicBaseUrl } from "./invitation-queries";

type ReceiptData = {
  caseNo: string; itemName: string; clientName: string; hallName: string; hallPhone: string; windowNo: string | null;
  handlerName: string; receivedAt: Date; completedAt: Date; outcome: string; outcomeNote: string | null;
  evaluationUrl: string | null; invitationExpires: Date | null;
};

/**
 * EVA-02 / X-50: the 办结回执 handed to the client on completion, carrying the evaluation QR code
 * (no SMS gateway is configured, errata A6). Every print is numbered and audited by issuePrintout.
 */
export async function printCompletionReceipt(scope: Scope, caseId: string, origin: string) {
  assertCan(scope, "hall.read");
  const c = await loadCaseInScope(scope, caseId);
  if (c.status !== "COMPLETED" || !c.completedAt) throw new DomainError("办件尚未办结，不能打印办结回执");
  const [client, hall, handler, window, inv, printer] = await Promise.all([
    db.person.findUniqueOrThrow({ where: { id: c.clientPersonId }, select: { name: true } }),
    db.orgUnit.findUniqueOrThrow({ where: { id: c.hallOrgUnitId }, select: { name: true, officePhone: true } }),
    db.user.findUniqueOrThrow({ where: { id: c.firstHandlerId }, select: { displayName: true } }),
    c.windowId ? db.serviceWindow.findUnique({ where: { id: c.windowId }, select: { windowNo: true } }) : null,
    db.evaluationInvitation.findUnique({ where: { caseId: c.id } }),
    db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { name: true } }),
  ]);
  const usable = inv && !inv.usedAt && inv.expiresAt > new Date();
  const base = await publicBaseUrl(origin);
  const data: ReceiptData = {
    caseNo: c.caseNo, itemName: c.itemName, clientName: client.name, hallName: hall.name, hallPhone: hall.officePhone ?? "—",
    windowNo: window?.windowNo ?? null, handlerName: handler.displayName, receivedAt: c.receivedAt, completedAt: c.completedAt,
    outcome: c.outcome ? CASE_OUTCOME_LABELS[c.outcome] : "—", outcomeNote: c.outcomeNote,
    evaluationUrl: usable ? `${base}${evaluationPath(invitationToken(inv))}` : null, invitationExpires: usable ? inv.expiresAt : null,
  };
  const printed = await issuePrintout(
    scope,
    { kind: "RECEIPT", entityType: "ServiceCase", entityId: c.id, personId: c.clientPersonId, orgPath: c.hallOrgPath },
    (docNo) => renderReceipt(data, { issuingUnit: printer.name, docNo, verifyUrl: verifyUrl(origin, docNo) }),
  );
  return { ...printed, fileName: `办结回执-${c.caseNo}.pdf` };
}

async function renderReceipt(d: ReceiptData, meta: { issuingUnit: string; docNo: string; verifyUrl: string }) {
  const w = await A4Writer.create({ title: DOCUMENT_KINDS.RECEIPT, ...meta });
  w.fields([
    ["办件编号", d.caseNo],
    ["办理事项", d.itemName],
    ["申请人", d.clientName],
    ["受理单位", d.hallName],
    ["受理窗口", d.windowNo ? `${d.windowNo}号窗口` : "—"],
    ["首办负责人", d.handlerName],
    ["受理时间", formatShanghaiDateTime(d.receivedAt)],
    ["办结时间", formatShanghaiDateTime(d.completedAt)],
    ["办理结果", d.outcome],
    ["咨询电话", d.hallPhone],
  ]);
  if (d.outcomeNote) {
    w.section("办理结果说明");
    w.text(d.outcomeNote);
  }
  w.section("服务评价");
  if (d.evaluationUrl) {
    // §9.1.3: the client rates the service afterwards by scanning this code (no login needed).
    const size = 42 * MM;
    w.ensure(size + 40);
    const qr = await embedQr(w.doc, d.evaluationUrl);
    w.page.drawImage(qr, { x: 18 * MM, y: w.y - size - 6, width: size, height: size });
    const x = 18 * MM + size + 8 * MM;
    w.draw("请用手机扫描左侧二维码，对本次服务进行评价。", x, w.y - 20, 12);
    w.draw("评价无需登录，可匿名；每件办件限评价一次。", x, w.y - 40, 10.5);
    w.draw(`评价有效期至：${formatShanghaiDateTime(d.invitationExpires!).slice(0, 10)}`, x, w.y - 58, 10.5);
    w.y -= size + 16;
  } else {
    w.text("本办件已完成评价或评价期限已过。如有意见建议，请拨打咨询电话反映。");
  }
  w.signatures(["申请人签收", "经办人", "日期"]);
  return w.save();
}
