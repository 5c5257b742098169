// Readable lines for a change set's proposal, for the reviewers who must judge it (IC-09).
// Client-safe: labels and option names come from the group registry.
import { GROUPS } from "@/lib/ic/groups";
import type { FieldDef } from "@/lib/ic/groups/fields";
import { CATEGORY_LABELS } from "@/lib/ic/labels";
import { ChangeProposal } from "./schemas";

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), doc);
}

function show(f: FieldDef, v: unknown): string {
  const opt = (x: unknown) => f.options?.find((o) => o.value === String(x))?.label ?? String(x);
  if (Array.isArray(v)) return v.map(opt).join("、");
  if (typeof v === "boolean") return v ? "是" : "否";
  return f.options ? opt(v) : String(v);
}

function fieldLines(fields: readonly FieldDef[], doc: Record<string, unknown>): string[] {
  return fields.flatMap((f) => {
    const v = valueAt(doc, f.name);
    return v === undefined || v === null || v === "" ? [] : [`${f.label}：${show(f, v)}`];
  });
}

export function describeProposal(raw: unknown): string[] {
  const parsed = ChangeProposal.safeParse(raw);
  if (!parsed.success) return ["（变更内容无法解析）"];
  const p = parsed.data;
  const lines: string[] = [];
  if (p.name) lines.push(`姓名改为：${p.name}`);
  if (p.categories) lines.push(`人员类别改为：${p.categories.map((c) => CATEGORY_LABELS[c]).join("、")}`);
  if (p.primaryCategory) lines.push(`主类别：${CATEGORY_LABELS[p.primaryCategory]}`);
  if (p.otherCategoryNote) lines.push(`其他人员说明：${p.otherCategoryNote}`);
  for (const [key, g] of Object.entries(p.groups ?? {})) {
    if (!g) continue;
    const def = GROUPS[key as keyof typeof GROUPS];
    if (g.markedNone) {
      lines.push(`${def.label}：改为“无”`);
      continue;
    }
    const items = def.list ? ((g.data.items as Record<string, unknown>[] | undefined) ?? []) : [g.data];
    items.forEach((item, i) => {
      const body = fieldLines(def.fields, item).join("；") || "（空）";
      lines.push(`${def.label}${def.list ? `第${i + 1}条` : ""}改为：${body}`);
    });
    if (def.list && items.length === 0) lines.push(`${def.label}：清空全部记录`);
  }
  return lines;
}
