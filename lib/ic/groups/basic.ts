// Group 1 基本信息 (§6.1.3; SPEC §3.1.2 ProfileBasic + the Person fields §3.0 that the person
// table does not hold yet). Identity, phones and addresses stay on Person (lib/persons).
import { z } from "zod";
import {
  defineGroup, keysOf, need, optBankAccount, optEnum, optText, optPhone, optionsOf, type FieldDef,
} from "./fields";
import {
  EDUCATION_LABELS, ETHNICITY_LABELS, HEALTH_STATUS_LABELS, MARITAL_STATUS_LABELS, POLITICAL_STATUS_LABELS,
} from "./options";

export const BASIC_LABELS = {
  ethnicity: "民族",
  nativePlace: "籍贯",
  politicalStatus: "政治面貌",
  education: "学历",
  maritalStatus: "婚姻状况",
  healthStatus: "健康状况",
  emergencyContactName: "紧急联系人",
  emergencyContactPhone: "紧急联系电话",
  "bankInfo.bankName": "开户银行",
  "bankInfo.accountNo": "银行账号",
  "bankInfo.accountHolder": "账户户名",
} as const;

export const basicSchema = z.object({
  ethnicity: optEnum(keysOf(ETHNICITY_LABELS)),
  nativePlace: optText(60),
  politicalStatus: optEnum(keysOf(POLITICAL_STATUS_LABELS)),
  education: optEnum(keysOf(EDUCATION_LABELS)),
  maritalStatus: optEnum(keysOf(MARITAL_STATUS_LABELS)),
  healthStatus: optEnum(keysOf(HEALTH_STATUS_LABELS)),
  emergencyContactName: optText(30),
  emergencyContactPhone: optPhone(),
  // ORG-26 SENSITIVE: hashed in audit diffs, masked when sent to the browser.
  bankInfo: z
    .preprocess((v) => (v === null ? undefined : v), z.object({ bankName: optText(60), accountNo: optBankAccount(), accountHolder: optText(30) }).optional()),
});
export type BasicDoc = z.output<typeof basicSchema>;

const L = BASIC_LABELS;
const FIELDS: FieldDef[] = [
  { name: "ethnicity", label: L.ethnicity, kind: "select", options: optionsOf(ETHNICITY_LABELS) },
  { name: "nativePlace", label: L.nativePlace, kind: "text", maxLength: 60 },
  { name: "politicalStatus", label: L.politicalStatus, kind: "select", options: optionsOf(POLITICAL_STATUS_LABELS), hint: "中共党员、共青团员须在“组织生活和社会活动信息”中填写所在组织" },
  { name: "education", label: L.education, kind: "select", options: optionsOf(EDUCATION_LABELS), hint: "学历不为“其他（未受正规教育）”时须提供学历证明" },
  { name: "maritalStatus", label: L.maritalStatus, kind: "select", options: optionsOf(MARITAL_STATUS_LABELS) },
  { name: "healthStatus", label: L.healthStatus, kind: "select", options: optionsOf(HEALTH_STATUS_LABELS) },
  { name: "emergencyContactName", label: L.emergencyContactName, kind: "text", maxLength: 30 },
  { name: "emergencyContactPhone", label: L.emergencyContactPhone, kind: "text", maxLength: 25, hint: "手机号或座机号（如 0532-12345678）" },
  { name: "bankInfo.bankName", label: L["bankInfo.bankName"], kind: "text", maxLength: 60 },
  { name: "bankInfo.accountNo", label: L["bankInfo.accountNo"], kind: "text", maxLength: 40 },
  { name: "bankInfo.accountHolder", label: L["bankInfo.accountHolder"], kind: "text", maxLength: 30 },
];

export const basicGroup = defineGroup({
  label: "基本信息",
  description: "姓名、身份证号、联系电话和地址在人员信息中维护；此处采集其余基本信息。",
  schema: basicSchema,
  labels: L,
  fields: FIELDS,
  list: false,
  // Ethnicity, political status and education are required for the file: the last two drive
  // IC-06(2) and the EDUCATION_CERT row (§6.1.2 e), so "unknown" would leave the checklist undecided.
  requiredFields(doc) {
    const bank = doc.bankInfo ?? {};
    const anyBank = Boolean(bank.bankName || bank.accountNo || bank.accountHolder);
    return [
      ...need(doc, "ethnicity", L.ethnicity),
      ...need(doc, "politicalStatus", L.politicalStatus),
      ...need(doc, "education", L.education),
      ...need(doc, "emergencyContactPhone", L.emergencyContactPhone, Boolean(doc.emergencyContactName)),
      // V-BANK: the account is stored with the bank name and the holder's name, all or nothing.
      ...need(bank, "bankName", L["bankInfo.bankName"], anyBank, "bankInfo."),
      ...need(bank, "accountNo", L["bankInfo.accountNo"], anyBank, "bankInfo."),
      ...need(bank, "accountHolder", L["bankInfo.accountHolder"], anyBank, "bankInfo."),
    ];
  },
  noneAllowed: () => false,
  countsTowardCompleteness: true,
  sensitive: ["bankInfo.bankName", "bankInfo.accountNo", "bankInfo.accountHolder"],
});

/**
 * The full account number is never sent to the browser, so the form submits it blank to
 * mean "unchanged"; `clearBankAccount` removes it. Pure, used by the save service.
 */
export function mergeBankAccount(prev: BasicDoc | undefined, next: BasicDoc, clearBankAccount: boolean): BasicDoc {
  const kept = prev?.bankInfo?.accountNo;
  if (clearBankAccount || !kept || next.bankInfo?.accountNo) return next;
  return { ...next, bankInfo: { ...next.bankInfo, accountNo: kept } };
}
