import "server-only";
import { A4Writer } from "@/lib/core/pdf/a4-writer";

export type CoverSheetData = {
  issuingUnit: string;
  docNo: string;
  verifyUrl: string;
  printedAt?: Date;
  fileNo: string | null;
  name: string;
  gender: string;
  idMasked: string;
  categories: string;
  ownerUnit: string;
  statusLabel: string;
  paper: { custodian: string; room: string; cabinetNo: string; boxNo: string; itemNo: string; lastCheckedOn: string } | null;
  docs: { label: string; need: string; provided: string; attachments: number; sighted: string; remark: string }[];
};

export const COVER_TITLE = "一人一档封面及材料目录";

/**
 * X-50 "Profile cover sheet" / IC-07: the sheet on the physical folder — file number, who, where
 * the folder sits, and the §6.1.2 material list with provided / original-sighted marks.
 * The ID number is masked: the sheet sits on a shelf.
 */
export async function renderCoverSheet(d: CoverSheetData): Promise<Uint8Array> {
  const w = await A4Writer.create({ title: COVER_TITLE, issuingUnit: d.issuingUnit, docNo: d.docNo, verifyUrl: d.verifyUrl, printedAt: d.printedAt });
  w.section("一、档案信息");
  w.fields([
    ["电子档案编号", d.fileNo ?? "（初审通过后编号）"],
    ["档案状态", d.statusLabel],
    ["姓名", d.name],
    ["性别", d.gender],
    ["公民身份号码", d.idMasked],
    ["所属单位", d.ownerUnit],
  ]);
  w.fields([["人员类别", d.categories]], 1);
  w.section("二、纸质档案存放位置");
  if (d.paper) {
    w.fields([
      ["保管单位", d.paper.custodian],
      ["档案室", d.paper.room],
      ["柜号", d.paper.cabinetNo],
      ["盒号", d.paper.boxNo],
      ["件号", d.paper.itemNo],
      ["最近核查日期", d.paper.lastCheckedOn],
    ]);
  } else {
    w.text("尚未登记（初审通过前须登记纸质档案存放位置）");
  }
  w.section("三、材料目录");
  w.table(
    [
      { title: "序号", width: 5 },
      { title: "材料名称", width: 30 },
      { title: "要求", width: 7 },
      { title: "提供情况", width: 20 },
      { title: "附件数", width: 7 },
      { title: "原件核验", width: 20 },
      { title: "备注", width: 12 },
    ],
    d.docs.map((r, i) => [String(i + 1), r.label, r.need, r.provided, String(r.attachments), r.sighted, r.remark]),
  );
  w.signatures(["整理人", "核对人", "日期"]);
  return w.save();
}
