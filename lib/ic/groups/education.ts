// Group 6 教育培训信息 (§6.1.3). Errata A3: derived from module E (EDU) and excluded from
// completeness. Until that module exists the collector may note what the person reports; the
// academic degree itself is in BASIC (it decides the EDUCATION_CERT row, §6.1.2 e).
import { z } from "zod";
import { defineGroup, optBool, optLongText, optPastDate, optionsOf, type FieldDef } from "./fields";
import { YES_NO_LABELS } from "./options";

export const EDUCATION_GROUP_LABELS = {
  adaptiveTrainingCompleted: "是否参加退役军人适应性培训",
  adaptiveTrainingDate: "适应性培训时间",
  vocationalTraining: "职业技能培训情况",
  certificates: "取得的职业资格/技能等级证书",
  academicEducation: "学历教育情况",
} as const;

export const educationSchema = z.object({
  adaptiveTrainingCompleted: optBool(),
  adaptiveTrainingDate: optPastDate(),
  vocationalTraining: optLongText(500),
  certificates: optLongText(500),
  academicEducation: optLongText(500),
});
export type EducationDoc = z.output<typeof educationSchema>;

const L = EDUCATION_GROUP_LABELS;
const FIELDS: FieldDef[] = [
  { name: "adaptiveTrainingCompleted", label: L.adaptiveTrainingCompleted, kind: "bool", options: optionsOf(YES_NO_LABELS) },
  { name: "adaptiveTrainingDate", label: L.adaptiveTrainingDate, kind: "date" },
  { name: "vocationalTraining", label: L.vocationalTraining, kind: "textarea", wide: true },
  { name: "certificates", label: L.certificates, kind: "textarea", wide: true },
  { name: "academicEducation", label: L.academicEducation, kind: "textarea", wide: true },
];

export const educationGroup = defineGroup({
  label: "教育培训信息",
  description: "本组信息以教育培训业务数据为准，不计入信息完整度；此处可补充采集时了解的情况。",
  schema: educationSchema,
  labels: L,
  fields: FIELDS,
  list: false,
  requiredFields: () => [],
  noneAllowed: () => true,
  countsTowardCompleteness: false,
  sensitive: [],
});
