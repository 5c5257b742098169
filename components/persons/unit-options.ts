import type { SelectOption } from "@/components/ui/select";

type UnitOption = { id: string; name: string; path: string };

/** Select options that name a unit together with its parent in the list ("甲街道 / 甲一社区"): village names repeat across towns. */
export function unitSelectOptions(units: readonly UnitOption[]): SelectOption[] {
  const byPath = new Map(units.map((u) => [u.path, u.name]));
  return units.map((u) => {
    const parentPath = u.path.replace(/[^/]+\/$/, "");
    const parent = byPath.get(parentPath);
    return { value: u.id, label: parent ? `${parent} / ${u.name}` : u.name };
  });
}
