import { isWorkingDay, type DayOverride } from "@/lib/core/calendar-math";

export type GridDay = { date: string; day: number; weekday: number; working: boolean; name?: string };
export type GridMonth = { month: number; leadingBlanks: number; days: GridDay[] };

/** The year as twelve month sheets (weeks start on Monday), each day marked working or not. */
export function buildYearGrid(year: number, overrides: DayOverride, names: ReadonlyMap<string, string>): GridMonth[] {
  return Array.from({ length: 12 }, (_, m) => {
    const count = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
    const days = Array.from({ length: count }, (_, i) => {
      const date = `${year}-${String(m + 1).padStart(2, "0")}-${String(i + 1).padStart(2, "0")}`;
      const weekday = (new Date(Date.UTC(year, m, i + 1)).getUTCDay() + 6) % 7; // 0 = Monday
      return { date, day: i + 1, weekday, working: isWorkingDay(date, overrides), name: names.get(date) };
    });
    return { month: m + 1, leadingBlanks: days[0].weekday, days };
  });
}
