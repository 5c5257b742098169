// Demo catalogue (§7.10 公开承诺): the city centre's published service items, one per common
// matter across the standard's modules. Phone numbers and addresses are fictitious demo values.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MaterialForm, OrgLevel, ServiceModule } from "@/lib/generated/prisma/enums";

type M = [name: string, form: MaterialForm, howToObtain: string, mandatory?: boolean, note?: string];
type SeedItem = {
  code: string; name: string; module: ServiceModule; levels: OrgLevel[]; basis: string[]; conditions: string; requirements?: string;
  materials: M[]; steps: [string, string][]; days: number; statutory?: number; phone: string;
  proxy?: boolean; home?: boolean; onSite?: boolean;
};

const COMPLAINT = "投诉电话 0532-80000110（工作日 9:00—17:00）；来信来访地址：青岛市退役军人服务中心服务大厅投诉台";
const ID_CARD: M = ["居民身份证", "BOTH", "本人持有；遗失的向户籍地公安派出所申请补领"];
const HUKOU: M = ["居民户口簿", "BOTH", "本人持有；户籍地公安派出所可查询打印户籍证明"];
const DISCHARGE: M = ["退出现役证明（退伍证、转业证等）", "BOTH", "本人持有；遗失的凭档案到原部队或档案保管单位出具证明"];
const PHOTO: M = ["近期免冠二寸彩色照片", "ORIGINAL", "照相馆拍摄，或在服务站现场采集", true, "白色背景"];
const PROXY_LETTER: M = ["授权委托书及代办人身份证", "BOTH", "服务站领取模板或在办事指南页面下载", false, "委托代办时提供"];
const ALL: OrgLevel[] = ["DISTRICT", "TOWN", "VILLAGE"];
const LAW = "《中华人民共和国退役军人保障法》";
const PC_REG = "《军人抚恤优待条例》";
const STD = "《退役军人服务中心（站）服务规范》（DB3702/T 41—2024）";

const ITEMS: SeedItem[] = [
  {
    code: "IC-001", name: "退役军人信息采集与变更", module: "IC", levels: ALL, basis: [LAW, STD],
    conditions: "户籍在本市的退役军人和其他优抚对象；已采集人员信息发生变化的。",
    materials: [ID_CARD, HUKOU, DISCHARGE, ["信息变更证明材料（婚姻、户籍、联系方式等）", "COPY", "民政、公安等部门出具", false, "仅变更时提供"]],
    steps: [["申请", "到户籍地村（社区）服务站或镇（街道）服务站提出"], ["采集核对", "工作人员录入并核对原件"], ["审核", "村（镇）、区（市）、市三级审核"], ["办结", "审核通过后电子档案生效"]],
    days: 5, statutory: 10, phone: "0532-80000101", proxy: true, home: true,
  },
  {
    code: "RH-001", name: "退役报到（一站式）", module: "RH", levels: ["DISTRICT"], basis: [LAW, "《退役士兵安置条例》"],
    conditions: "退出现役后按规定时限到安置地退役军人事务部门报到的退役士兵。",
    materials: [ID_CARD, DISCHARGE, ["退役士兵安置介绍信", "ORIGINAL", "原部队开具"], PHOTO],
    steps: [["报到登记", "区（市）服务中心窗口一次性受理"], ["信息采集", "同步完成信息采集和优待证申领"], ["政策告知", "告知安置方式、待遇和办事渠道"], ["办结", "出具报到回执"]],
    days: 0, statutory: 30, phone: "0532-80000102", onSite: true,
  },
  {
    code: "RH-002", name: "自主就业一次性经济补助预登记", module: "RH", levels: ["DISTRICT"], basis: ["《退役士兵安置条例》", LAW],
    conditions: "选择自主就业、已办理退役报到的退役士兵。",
    materials: [ID_CARD, DISCHARGE, ["本人名下银行卡（一类账户）", "COPY", "开户银行办理"]],
    steps: [["预登记", "窗口或线上填写补助信息"], ["核定", "区（市）退役军人事务局核定补助标准"], ["发放", "按规定拨付至本人账户"]],
    days: 10, statutory: 20, phone: "0532-80000103",
  },
  {
    code: "PC-001", name: "优待证申领", module: "PC", levels: ALL, basis: [LAW, "《退役军人和其他优抚对象优待证管理办法（试行）》"],
    conditions: "已完成信息采集、档案审核通过的退役军人和其他优抚对象。",
    materials: [ID_CARD, PHOTO, PROXY_LETTER],
    steps: [["申请", "户籍地服务站受理申请"], ["审核", "区（市）退役军人事务局审核"], ["制发", "省级统一制证后下发"], ["领取", "通知本人到服务站领取或邮寄送达"]],
    days: 20, statutory: 30, phone: "0532-80000104", proxy: true,
  },
  {
    code: "PC-002", name: "优待证补换", module: "PC", levels: ALL, basis: ["《退役军人和其他优抚对象优待证管理办法（试行）》"],
    conditions: "优待证遗失、损坏或信息变更需要补换的持证人。",
    materials: [ID_CARD, PHOTO, ["原优待证（损坏换领时）", "ORIGINAL", "本人持有", false, "遗失补领的填写遗失声明"]],
    steps: [["申请", "服务站受理并登记遗失或损坏情况"], ["审核", "区（市）审核"], ["制发", "重新制证"], ["领取", "本人领取，原证作废"]],
    days: 20, statutory: 30, phone: "0532-80000104", proxy: true,
  },
  {
    code: "PC-003", name: "光荣牌发放", module: "PC", levels: ALL, basis: ["《烈属、军属和退役军人等家庭悬挂光荣牌工作实施办法》"],
    conditions: "户籍在本市的烈属、军属和退役军人家庭，且未悬挂过光荣牌的。",
    materials: [ID_CARD, HUKOU, ["军人家庭证明（入伍通知书、军属证明等）", "COPY", "部队或武装部出具", false, "军属家庭提供"]],
    steps: [["申请", "向村（社区）服务站申请"], ["核实", "镇（街道）核实家庭情况"], ["悬挂", "组织上门悬挂，举行简朴仪式"]],
    days: 15, statutory: 30, phone: "0532-80000105", home: true, proxy: true,
  },
  {
    code: "PC-004", name: "抚恤定补申请", module: "PC", levels: ["DISTRICT", "TOWN"], basis: [PC_REG, "《山东省军人抚恤优待办法》"],
    conditions: "符合定期抚恤、定期生活补助条件的烈属、因公牺牲军人遗属、病故军人遗属及在乡老复员军人等。",
    materials: [ID_CARD, HUKOU, ["亲属关系证明", "COPY", "户籍地公安派出所或村（居）委会出具"], ["烈士证明书或牺牲、病故证明", "BOTH", "部队或退役军人事务部门颁发"]],
    steps: [["申请", "向户籍地镇（街道）服务站提出"], ["初审", "镇（街道）调查核实并公示"], ["审批", "区（市）退役军人事务局审批"], ["发放", "次月起按月发放"]],
    days: 20, statutory: 60, phone: "0532-80000106", proxy: true, onSite: true, home: true,
  },
  {
    code: "PC-005", name: "伤残抚恤关系转移", module: "PC", levels: ["DISTRICT"], basis: ["《伤残抚恤管理办法》", PC_REG],
    conditions: "残疾军人等伤残人员户籍跨省或跨市（区）迁移的。",
    materials: [ID_CARD, HUKOU, ["残疾军人证等伤残证件", "BOTH", "本人持有"], ["户口迁移证明", "COPY", "迁入地公安机关出具"]],
    steps: [["迁出申请", "向迁出地区（市）退役军人事务局提出"], ["档案转递", "迁出地审核后转递伤残档案"], ["迁入落户", "迁入地审核档案并落实抚恤"], ["告知", "告知待遇发放起始时间"]],
    days: 30, statutory: 60, phone: "0532-80000107",
  },
  {
    code: "PC-006", name: "义务兵家庭优待金申领", module: "PC", levels: ["DISTRICT", "TOWN"], basis: [PC_REG, "《山东省军人抚恤优待办法》"],
    conditions: "从本市入伍的义务兵家庭，入伍时户籍在本市的。",
    materials: [["入伍通知书或部队证明", "COPY", "区（市）人民武装部出具"], HUKOU, ["家属银行账户信息", "COPY", "开户银行办理"]],
    steps: [["申请", "向入伍地镇（街道）服务站提出"], ["核实", "会同人民武装部核实服役情况"], ["发放", "区（市）按年度发放"]],
    days: 15, statutory: 30, phone: "0532-80000108", proxy: true,
  },
  {
    code: "PC-007", name: "烈属异地祭扫申请", module: "PC", levels: ["DISTRICT", "TOWN"], basis: ["《烈士褒扬条例》", PC_REG],
    conditions: "烈士遗属到外地烈士纪念设施祭扫烈士的，每年一次。",
    materials: [ID_CARD, ["烈士证明书", "COPY", "本人持有；遗失的向区（市）退役军人事务局查档出具"]],
    steps: [["申请", "向户籍地服务站提出祭扫计划"], ["审核", "区（市）退役军人事务局审核并联系祭扫地"], ["祭扫", "按规定报销交通食宿补助"]],
    days: 5, statutory: 15, phone: "0532-80000109", proxy: true,
  },
  {
    code: "HA-001", name: "帮扶基金申请", module: "HA", levels: ALL, basis: [LAW, "《山东省军人抚恤优待办法》"],
    conditions: "因病、因灾、因意外事故等导致生活困难的退役军人和其他优抚对象。",
    materials: [ID_CARD, ["困难情况说明及证明（医疗票据、受灾证明等）", "COPY", "医院、保险机构或村（居）委会出具"], ["银行账户信息", "COPY", "开户银行办理"]],
    steps: [["申请", "向村（社区）服务站提出"], ["入户核实", "镇（街道）入户调查并公示"], ["审批", "区（市）审批帮扶金额"], ["发放", "拨付至本人账户"]],
    days: 15, statutory: 30, phone: "0532-80000111", proxy: true, home: true,
  },
  {
    code: "HA-002", name: "临时救助申请协助", module: "HA", levels: ALL, basis: ["《社会救助暂行办法》", LAW],
    conditions: "遭遇突发性、紧迫性、临时性生活困难的退役军人家庭。",
    materials: [ID_CARD, HUKOU, ["困难情况证明材料", "COPY", "相关部门或村（居）委会出具"]],
    steps: [["受理", "服务站受理并协助填写救助申请"], ["转办", "转交民政部门办理"], ["跟踪", "跟踪办理结果并告知本人"]],
    days: 3, statutory: 10, phone: "0532-80000112", proxy: true, home: true,
  },
  {
    code: "ARC-001", name: "档案查阅", module: "ARC", levels: ["DISTRICT"], basis: ["《中华人民共和国档案法》", LAW],
    conditions: "退役军人本人或经本人委托的人员查阅本人档案信息。",
    materials: [ID_CARD, PROXY_LETTER],
    steps: [["申请", "填写档案查阅申请"], ["审批", "档案管理人员审批查阅范围"], ["查阅", "在指定场所查阅，必要时复制并加盖印章"]],
    days: 3, statutory: 10, phone: "0532-80000113", proxy: true,
  },
  {
    code: "ARC-002", name: "档案转递", module: "ARC", levels: ["DISTRICT"], basis: ["《中华人民共和国档案法》", "《退役士兵安置条例》"],
    conditions: "退役军人户籍迁移、就业单位变化需转递档案的。",
    materials: [ID_CARD, ["接收单位调档函", "ORIGINAL", "接收档案的单位出具"]],
    steps: [["申请", "提交调档函"], ["审核", "核对档案完整性"], ["转递", "机要通道转递，不得本人自带"], ["回执", "收取接收单位回执"]],
    days: 10, statutory: 20, phone: "0532-80000113",
  },
  {
    code: "EMP-001", name: "就业登记与推荐", module: "EMP", levels: ALL, basis: [LAW, "《中华人民共和国就业促进法》", "《关于促进新时代退役军人就业创业工作的意见》"],
    conditions: "有就业意愿、处于法定劳动年龄的退役军人。",
    materials: [ID_CARD, DISCHARGE, ["个人简历、学历及技能证书", "COPY", "本人准备", false]],
    steps: [["登记", "登记求职意向和技能情况"], ["匹配", "推送适合岗位信息"], ["推荐", "组织专场招聘会或定向推荐"], ["跟踪", "跟踪就业情况"]],
    days: 0, phone: "0532-80000114", proxy: false,
  },
  {
    code: "ENT-001", name: "创业担保贷款贴息申请", module: "ENT", levels: ["DISTRICT"], basis: ["《关于促进新时代退役军人就业创业工作的意见》", "《普惠金融发展专项资金管理办法》"],
    conditions: "在本市创业、已获得创业担保贷款并按期还款的退役军人。",
    materials: [ID_CARD, DISCHARGE, ["营业执照", "COPY", "市场监督管理部门核发"], ["贷款合同及还款凭证", "COPY", "贷款银行出具"]],
    steps: [["申请", "向区（市）服务中心提交贴息申请"], ["审核", "会同人社、财政部门审核"], ["拨付", "按季度拨付贴息资金"]],
    days: 20, statutory: 30, phone: "0532-80000115",
  },
  {
    code: "EDU-001", name: "适应性培训报名", module: "EDU", levels: ["DISTRICT", "TOWN"], basis: [LAW, "《退役士兵安置条例》"],
    conditions: "当年度退役并已办理报到的退役军人。",
    materials: [ID_CARD, DISCHARGE],
    steps: [["报名", "窗口或电话报名"], ["编班", "区（市）统一编班并通知"], ["培训", "参加政策解读、心理调适、职业规划等培训"]],
    days: 0, phone: "0532-80000116",
  },
  {
    code: "EDU-002", name: "学历教育资格确认", module: "EDU", levels: ["DISTRICT"], basis: [LAW, "《退役士兵安置条例》"],
    conditions: "报考或就读高等学历教育、需享受退役士兵教育资助政策的退役士兵。",
    materials: [ID_CARD, DISCHARGE, ["录取通知书或学籍证明", "COPY", "就读学校出具"]],
    steps: [["申请", "提交资格确认申请"], ["核实", "核实退役身份和服役情况"], ["出具", "出具资格确认意见"]],
    days: 5, statutory: 15, phone: "0532-80000117",
  },
  {
    code: "RP-001", name: "法律援助转介", module: "RP", levels: ALL, basis: ["《中华人民共和国法律援助法》", LAW],
    conditions: "合法权益受到侵害、需要法律帮助的退役军人和其他优抚对象。",
    materials: [ID_CARD, ["案件相关材料", "COPY", "本人准备", false]],
    steps: [["咨询", "窗口法律咨询、初步评估"], ["转介", "转介至法律援助中心或退役军人法律服务工作站"], ["回访", "跟踪办理结果并回访"]],
    days: 3, statutory: 7, phone: "0532-80000118", proxy: true,
  },
  {
    code: "RP-002", name: "心理咨询预约", module: "RP", levels: ["DISTRICT", "TOWN"], basis: [LAW, "《中华人民共和国精神卫生法》"],
    conditions: "有心理疏导需求的退役军人及其家属。",
    materials: [ID_CARD],
    steps: [["预约", "电话或窗口预约咨询时间"], ["咨询", "专业咨询师一对一咨询，严格保密"], ["跟进", "必要时转介专业医疗机构"]],
    days: 3, phone: "0532-80000119", home: true,
  },
  {
    code: "VOL-001", name: "志愿者注册", module: "VOL", levels: ALL, basis: ["《志愿服务条例》", LAW],
    conditions: "年满18周岁、自愿参加退役军人志愿服务的人员。",
    materials: [ID_CARD, PHOTO],
    steps: [["注册", "登记个人信息和服务意向"], ["审核", "服务站审核并编入志愿服务队"], ["上岗", "参加岗前培训后上岗"]],
    days: 0, phone: "0532-80000120",
  },
];

/** The items in the shape the catalogue form submits (so a unit test can run them through its schema). */
export function demoServiceItemInputs() {
  return ITEMS.map((it) => ({
    code: it.code, name: it.name, module: it.module, levels: it.levels,
    legalBasis: it.basis.join("；"),
    conditions: it.conditions,
    requirements: it.requirements ?? "申请人本人到场办理，材料原件核验后退还；委托他人办理的，提供授权委托书。材料不全的，一次性告知需补正的全部内容。",
    procedure: it.steps.map(([title, description]) => ({ title, description })),
    materials: it.materials.map(([name, originalOrCopy, howToObtain, mandatory, note]) => ({
      name, originalOrCopy, howToObtain, mandatory: mandatory ?? true, note, count: 1,
    })),
    promisedWorkingDays: it.days, statutoryWorkingDays: it.statutory,
    complaintChannel: COMPLAINT, consultPhone: it.phone,
    proxyEligible: it.proxy ?? false, homeServiceEligible: it.home ?? false, requiresOnSiteAuthentication: it.onSite ?? false,
    fee: "不收费",
  }));
}

/** Inserts the catalogue as PUBLISHED version 1 of each item, filed under the city centre. */
export async function seedServiceItems(db: Pick<PrismaClient, "serviceItem">, cityPath: string): Promise<number> {
  const now = new Date();
  const inputs = demoServiceItemInputs();
  for (const { materials, statutoryWorkingDays, ...it } of inputs) {
    await db.serviceItem.create({
      data: {
        ...it, itemVersion: 1, statutoryWorkingDays: statutoryWorkingDays ?? null,
        status: "PUBLISHED", publishedKey: it.code, publishedAt: now, orgPath: cityPath,
        materials: { create: materials.map((m, i) => ({ ...m, note: m.note ?? null, sortOrder: i })) },
      },
    });
  }
  return inputs.length;
}
