import "server-only";
import { A4Writer } from "@/lib/core/pdf/a4-writer";
import { ITEM_LEVEL_LABELS, MATERIAL_FORM_LABELS, SERVICE_MODULE_LABELS, workingDaysLabel } from "./labels";
import type { PublishedItem } from "./queries";
import { parseProcedure } from "./schemas";

const ISSUER = "青岛市退役军人服务中心";

/**
 * §7.10 / §3.12.1 ServiceGuide: the printable 办事指南 of one published version. Its QR code
 * opens the online guide, so a reader of an old printout can check it is still current.
 */
export async function renderServiceGuide(item: PublishedItem, origin: string): Promise<Uint8Array> {
  const w = await A4Writer.create({
    title: `${item.name}办事指南`,
    issuingUnit: ISSUER,
    docNo: `${item.code}-V${item.itemVersion}`,
    verifyUrl: `${origin}/guide/${encodeURIComponent(item.code)}`,
  });
  w.fields([
    ["事项编码", item.code],
    ["所属业务", SERVICE_MODULE_LABELS[item.module]],
    ["办理层级", item.levels.map((l) => ITEM_LEVEL_LABELS[l]).join("、")],
    ["收费标准", item.fee],
    ["承诺时限", workingDaysLabel(item.promisedWorkingDays)],
    ["法定时限", workingDaysLabel(item.statutoryWorkingDays)],
    ["可代办", item.proxyEligible ? "是" : "否"],
    ["可上门办理", item.homeServiceEligible ? "是" : "否"],
  ]);
  w.section("一、办理依据");
  w.text(item.legalBasis);
  w.section("二、办理条件");
  w.text(item.conditions);
  w.section("三、办理要求");
  w.text(item.requirements);
  if (item.requiresOnSiteAuthentication) w.text("本事项需申请人本人到现场进行身份认证。");
  w.section("四、申请材料");
  w.table(
    [{ title: "序号", width: 1 }, { title: "材料名称", width: 5 }, { title: "原件/复印件", width: 2.4 }, { title: "份数", width: 1 }, { title: "必要性", width: 1.6 }, { title: "获取方式", width: 5 }],
    item.materials.map((m, i) => [String(i + 1), m.note ? `${m.name}（${m.note}）` : m.name, MATERIAL_FORM_LABELS[m.originalOrCopy], String(m.count), m.mandatory ? "必须" : "视情提供", m.howToObtain ?? "—"]),
  );
  w.section("五、办理程序");
  parseProcedure(item.procedure).forEach((s, i) => w.text(`${i + 1}. ${s.title}${s.description ? `：${s.description}` : ""}`));
  w.section("六、办理时限");
  w.text(`承诺时限：${workingDaysLabel(item.promisedWorkingDays)}${item.statutoryWorkingDays != null ? `；法定时限：${workingDaysLabel(item.statutoryWorkingDays)}` : ""}`);
  w.section("七、投诉方式");
  w.text(item.complaintChannel);
  w.section("八、咨询电话");
  w.text(item.consultPhone);
  if (item.publishedAt) w.text(`本指南第${item.itemVersion}版，公开日期：${item.publishedAt.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })}`, { size: 9 });
  return w.save();
}
