import type { SelectOption } from "@/components/ui/select";

type UnitOption = { id: string; name: string; level: "CITY" | "DISTRICT" | "TOWN" | "VILLAGE" };

const INDENT = { CITY: 0, DISTRICT: 1, TOWN: 2, VILLAGE: 3 } as const;

/** Units (already in path order) as select options, indented by level so the tree stays readable. */
export function unitSelectOptions(units: readonly UnitOption[]): SelectOption[] {
  return units.map((u) => ({ value: u.id, label: "\u3000".repeat(INDENT[u.level]) + u.name }));
}

const DATE_TIME = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
});

export function formatDateTime(d: Date | null | undefined): string {
  return d ? DATE_TIME.format(d) : "—";
}
