import "server-only";
import { A4Writer, type PrintableMeta } from "@/lib/core/pdf/a4-writer";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { MATERIAL_FORM_LABELS } from "@/lib/hall/catalogue/labels";
import type { DefectiveMaterial, MissingMaterial, RequiredMaterial } from "../notice-content";

export type NoticeData = {
  noticeNo: string;
  sequence: number;
  caseNo: string;
  itemName: string;
  clientName: string;
  hallName: string;
  hallAddress: string;
  hallPhone: string;
  windowNo: string | null;
  issuedByName: string;
  issuedAt: Date;
  inScope: boolean;
  competentAuthority: string | null;
  authorityContact: string | null;
  requiredMaterials: RequiredMaterial[];
  timeLimit: string;
  missing: MissingMaterial[];
  defective: DefectiveMaterial[];
  refusalReason: string | null;
  secondNoticeReason: string | null;
  /** Where the client brings the missing materials; by default back to the window's first handler. */
  handBack?: string;
};

/**
 * X-50 一次性告知单 (§7.6 a–f): every item of the standard in order, how to obtain each missing
 * material (§7.5.3.2), signatures of clerk and client. Client documents print at ≥ 12 pt.
 */
export async function renderNotice(meta: PrintableMeta, d: NoticeData): Promise<Uint8Array> {
  const w = await A4Writer.create(meta);
  const size = 12;
  w.fields([
    ["告知单编号", d.noticeNo],
    ["办件编号", d.caseNo],
    ["服务对象", d.clientName],
    ["申请事项", d.itemName],
    ["受理窗口", d.windowNo ? `${d.windowNo}号窗口` : "—"],
    ["告知时间", formatShanghaiDateTime(d.issuedAt)],
  ], 2, size);
  if (d.sequence > 1) w.text(`本告知单为第${d.sequence}次告知。原因：${d.secondNoticeReason ?? "—"}`, { size });
  w.section("一、申请事项是否属于本大厅（窗口）职权范围");
  w.text(d.inScope ? "属于本大厅（窗口）职权范围。" : `不属于本大厅（窗口）职权范围。请到：${d.competentAuthority ?? "—"}（${d.authorityContact ?? "—"}）办理。`, { size });
  w.section("二、申请事项所需要的材料");
  w.table(
    [{ title: "序号", width: 1 }, { title: "材料名称", width: 5 }, { title: "原件/复印件", width: 2.2 }, { title: "份数", width: 1 }, { title: "必要性", width: 1.6 }],
    d.requiredMaterials.map((m, i) => [String(i + 1), m.name, MATERIAL_FORM_LABELS[m.originalOrCopy as keyof typeof MATERIAL_FORM_LABELS] ?? m.originalOrCopy, String(m.count), m.mandatory ? "必须" : "视情提供"]),
    11,
  );
  w.section("三、申请事项的办理期限");
  w.text(d.timeLimit, { size });
  w.section("四、申请材料不全，需要补交的材料");
  if (d.missing.length === 0) w.text("无。", { size });
  else w.table([{ title: "序号", width: 1 }, { title: "需补交的材料", width: 4 }, { title: "补齐材料的途径或方法", width: 6 }], d.missing.map((m, i) => [String(i + 1), m.name, m.howToObtain]), 11);
  w.section("五、申请材料存在缺陷，需要补正的材料");
  if (d.defective.length === 0) w.text("无。", { size });
  else w.table([{ title: "序号", width: 1 }, { title: "需补正的材料", width: 3 }, { title: "存在问题", width: 3.5 }, { title: "补正要求", width: 3.5 }], d.defective.map((m, i) => [String(i + 1), m.name, m.defect, m.correction]), 11);
  w.section("六、不予办理的理由");
  w.text(d.refusalReason ?? "无。", { size });
  w.text(`如有疑问请联系：${d.issuedByName}（${d.hallName}，电话 ${d.hallPhone}，地址 ${d.hallAddress || "—"}）。${d.handBack ?? "补齐材料后请交回原窗口，由首办人继续为您办理。"}`, { size: 10.5 });
  w.signatures(["告知人", "服务对象签收", "日期"]);
  return w.save();
}
