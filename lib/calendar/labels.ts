// zh-CN labels for the work calendar.
export const CALENDAR_FIELD_LABELS = {
  date: "日期",
  isWorkingDay: "类型",
  name: "名称",
  text: "批量导入内容",
} as const;

export const DAY_KIND_LABELS = { true: "调休上班", false: "放假休息" } as const;

/** The two markers of the bulk-load format "YYYY-MM-DD,休/班,名称". */
export const BULK_MARKERS = { 休: false, 班: true } as const;

export const WEEKDAY_LABELS = ["一", "二", "三", "四", "五", "六", "日"] as const;
