// Shared enumerations of SPEC §0.6 used by the content groups, with their zh-CN labels.
// Kept as document codes (the groups are JSON documents), not Prisma enums.

/** GB/T 4762 政治面貌. */
export const POLITICAL_STATUS_LABELS = {
  CPC_MEMBER: "中共党员",
  CPC_PROBATIONARY: "中共预备党员",
  CYL_MEMBER: "共青团员",
  RCCK: "民革党员",
  CDL: "民盟盟员",
  CNDCA: "民建会员",
  CAPD: "民进会员",
  CPWDP: "农工党党员",
  CZGP: "致公党党员",
  JIUSAN: "九三学社社员",
  TDSGL: "台盟盟员",
  NON_PARTY: "无党派人士",
  MASSES: "群众",
} as const;

/** IC-06(2): these statuses require the organisation field of group 2. */
export const CPC_STATUSES: readonly string[] = ["CPC_MEMBER", "CPC_PROBATIONARY"];
export const CYL_STATUSES: readonly string[] = ["CYL_MEMBER"];

/** GB/T 4658 (simplified) 学历. */
export const EDUCATION_LABELS = {
  DOCTORATE: "研究生（博士）",
  MASTER: "研究生（硕士）",
  BACHELOR: "大学本科",
  JUNIOR_COLLEGE: "大学专科",
  SECONDARY_SPECIALISED: "中等专科",
  VOCATIONAL_HIGH: "职业高中",
  TECHNICAL_SCHOOL: "技工学校",
  HIGH_SCHOOL: "普通高中",
  JUNIOR_HIGH: "初中",
  PRIMARY: "小学",
  NONE: "其他（未受正规教育）",
} as const;

/** GB/T 2261.2 婚姻状况. */
export const MARITAL_STATUS_LABELS = {
  SINGLE: "未婚",
  MARRIED: "已婚",
  WIDOWED: "丧偶",
  DIVORCED: "离婚",
  UNSTATED: "未说明",
} as const;

export const HEALTH_STATUS_LABELS = {
  HEALTHY: "健康",
  FAIR: "一般",
  CHRONIC: "慢性病",
  SERIOUS: "重病",
  DISABLED: "残疾",
} as const;

/** GB/T 3304 民族 (numeric codes, in the standard's order), plus 其他. */
const ETHNIC_NAMES = [
  "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
  "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
  "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
  "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
  "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
  "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
] as const;

export const ETHNICITY_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ETHNIC_NAMES.map((name, i) => [String(i + 1).padStart(2, "0"), name])),
  OTHER: "其他",
};

/** SPEC §0.6 District: the 10 区（市） of Qingdao by GB/T 2260 code. */
export const DISTRICT_LABELS = {
  "370202": "市南区",
  "370203": "市北区",
  "370211": "黄岛区",
  "370212": "崂山区",
  "370213": "李沧区",
  "370214": "城阳区",
  "370215": "即墨区",
  "370281": "胶州市",
  "370283": "平度市",
  "370285": "莱西市",
} as const;

/** §3.1.2 group 3 branch 军种 (also used by group 7b). */
export const BRANCH_LABELS = {
  ARMY: "陆军",
  NAVY: "海军",
  AIR_FORCE: "空军",
  ROCKET_FORCE: "火箭军（含原第二炮兵）",
  SSF_HISTORIC: "原战略支援部队",
  AEROSPACE: "军事航天部队",
  CYBERSPACE: "网络空间部队",
  INFO_SUPPORT: "信息支援部队",
  JLSF: "联勤保障部队",
  PAP: "武警部队",
  OTHER: "其他",
} as const;

export const YES_NO_LABELS = { true: "是", false: "否" } as const;
