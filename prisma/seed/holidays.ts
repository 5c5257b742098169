// public holidays and make-up working days (调休) from the State Council notice for 2026
// (国办发明电〔2025〕7号). The city admin loads later years on the 工作日历 page.
export const HOLIDAYS_2026: { date: string; isWorkingDay: boolean; name: string }[] = [
  ...range("2026-01-01", 3, false, "元旦"),
  { date: "2026-01-04", isWorkingDay: true, name: "元旦调休上班" },
  { date: "2026-02-14", isWorkingDay: true, name: "春节调休上班" },
  ...range("2026-02-15", 9, false, "春节"),
  { date: "2026-02-28", isWorkingDay: true, name: "春节调休上班" },
  ...range("2026-04-04", 3, false, "清明节"),
  ...range("2026-05-01", 5, false, "劳动节"),
  { date: "2026-05-09", isWorkingDay: true, name: "劳动节调休上班" },
  ...range("2026-06-19", 3, false, "端午节"),
  { date: "2026-09-20", isWorkingDay: true, name: "国庆节调休上班" },
  ...range("2026-09-25", 3, false, "中秋节"),
  ...range("2026-10-01", 7, false, "国庆节"),
  { date: "2026-10-10", isWorkingDay: true, name: "国庆节调休上班" },
];

function range(start: string, days: number, isWorkingDay: boolean, name: string) {
  const d0 = new Date(start + "T00:00:00Z");
  return Array.from({ length: days }, (_, i) => ({
    date: new Date(d0.getTime() + i * 86_400_000).toISOString().slice(0, 10),
    isWorkingDay,
    name,
  }));
}
