import { z } from "zod";
import { isValidDateString } from "@/lib/core/calendar-math";
import { toHalfWidth } from "@/lib/core/validators/common";
import { BULK_MARKERS } from "./labels";

// calendar-math's isValidDateString lets a month overflow through when the day matches
// (2027-13-01 rolls to 2028-01-01), so the month is checked here as well.
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/;
const isCalendarDate = (d: string) => MONTH_RE.test(d) && isValidDateString(d);

const date = z
  .string({ error: "请选择日期" })
  .trim()
  .refine(isCalendarDate, "日期格式错误（应为 YYYY-MM-DD）");
const name = z.string({ error: "请输入名称" }).trim().min(1, "请输入名称，如“春节”或“春节调休上班”").max(40, "名称不超过40个字");

export const CalendarDayUpsertInput = z.object({ date, isWorkingDay: z.boolean({ error: "请选择类型" }), name });
export type CalendarDayUpsertInput = z.input<typeof CalendarDayUpsertInput>;

export const CalendarDayDeleteInput = z.object({ date });
export type CalendarDayDeleteInput = z.input<typeof CalendarDayDeleteInput>;

export const MAX_BULK_LINES = 400;
export const MAX_BULK_CHARS = 40_000;
const MAX_ERRORS_SHOWN = 20;

export type CalendarLine = { date: string; isWorkingDay: boolean; name: string };
export type CalendarLineError = { line: number; message: string };

/**
 * Parses the bulk format, one day per line: "2027-01-01,休,元旦" or "2027-02-07,班,春节调休上班".
 * Blank lines and lines starting with # are skipped; full-width commas are accepted (IMEs).
 */
export function parseCalendarLines(text: string): { rows: CalendarLine[]; errors: CalendarLineError[] } {
  const rows: CalendarLine[] = [];
  const errors: CalendarLineError[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const value = toHalfWidth(raw).trim();
    if (value === "" || value.startsWith("#")) return;
    const parsed = parseLine(value);
    const dup = typeof parsed === "string" ? undefined : seen.get(parsed.date);
    if (typeof parsed === "string") errors.push({ line: i + 1, message: parsed });
    else if (dup) errors.push({ line: i + 1, message: `日期 ${parsed.date} 与第${dup}行重复` });
    else {
      seen.set(parsed.date, i + 1);
      rows.push(parsed);
    }
  });
  if (rows.length + errors.length === 0) errors.push({ line: 1, message: "没有可导入的内容" });
  if (rows.length > MAX_BULK_LINES) errors.push({ line: lines.length, message: `一次最多导入${MAX_BULK_LINES}行` });
  return { rows, errors };
}

/** One line to a day, or the Chinese reason it is not one. */
function parseLine(value: string): CalendarLine | string {
  const parts = value.split(",").map((p) => p.trim());
  if (parts.length !== 3) return "格式应为“日期,休/班,名称”";
  const [date, marker, name] = parts;
  if (!isCalendarDate(date)) return `日期“${date}”无效（应为 YYYY-MM-DD）`;
  if (!(marker in BULK_MARKERS)) return `类型“${marker}”无效，应为“休”或“班”`;
  if (name === "") return "缺少名称";
  if (name.length > 40) return "名称不超过40个字";
  return { date, isWorkingDay: BULK_MARKERS[marker as keyof typeof BULK_MARKERS], name };
}

/** One message listing every bad line (capped), for the field under the text box. */
export function describeLineErrors(errors: readonly CalendarLineError[]): string {
  const shown = errors.slice(0, MAX_ERRORS_SHOWN).map((e) => `第${e.line}行：${e.message}`);
  const more = errors.length > MAX_ERRORS_SHOWN ? `；……共${errors.length}处错误` : "";
  return `未导入任何数据，请修改后重试。${shown.join("；")}${more}`;
}

export const CalendarBulkInput = z.object({
  text: z
    .string({ error: "请粘贴要导入的日期" })
    .max(MAX_BULK_CHARS, "内容过长")
    .superRefine((text, ctx) => {
      const { errors } = parseCalendarLines(text);
      if (errors.length) ctx.addIssue({ code: "custom", message: describeLineErrors(errors) });
    }),
});
export type CalendarBulkInput = z.input<typeof CalendarBulkInput>;

export const yearParam = z.coerce.number().int().min(2000).max(2100);
