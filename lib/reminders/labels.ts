// zh-CN names of the reminder rules shown in the inbox (SPEC §4.6 catalogue). Level labels are in
// lib/hall/labels.ts (REMINDER_LEVEL_LABELS).
export const REMINDER_RULE_LABELS: Record<string, string> = {
  "R-HALL-1": "办件限时办结",
  "R-HALL-2": "午间值班排班",
  "R-HALL-4": "咨询答复期限",
  "R-HALL-5": "跟踪台账更新",
  "R-HALL-6": "办结回访",
  "R-HALL-7": "预约确认",
  "R-EVA-1": "差评闭环环节",
  "R-EVA-2": "季度评价分析研判",
  "R-HALL-3": "日清服务",
  "R-X-1": "工作日历导入",
  "HALL-30": "补交材料待核验",
  "HALL-SUP": "督导落实",
};

export function ruleLabelOf(ruleId: string): string {
  return REMINDER_RULE_LABELS[ruleId] ?? ruleId;
}
