import type { FieldDef, GroupDef } from "@/lib/ic/groups/fields";
import { newItemKey } from "@/lib/ic/groups/fields";

// Stored group documents ↔ react-hook-form values. Inputs hold strings ("" = blank), yes/no
// selects hold "true"/"false", checkbox groups hold arrays; the group schema turns them back.

type Doc = Record<string, unknown>;

function get(doc: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Doc)[k] : undefined), doc);
}

function set(doc: Doc, path: string, value: unknown) {
  const keys = path.split(".");
  let cur = doc;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Doc;
  cur[keys[keys.length - 1]] = value;
}

function toInput(f: FieldDef, v: unknown): unknown {
  if (f.kind === "multi") return Array.isArray(v) ? v : [];
  if (v === undefined || v === null) return "";
  return typeof v === "boolean" || typeof v === "number" ? String(v) : v;
}

function fieldsToValues(fields: readonly FieldDef[], doc: unknown): Doc {
  const out: Doc = {};
  for (const f of fields) set(out, f.name, toInput(f, get(doc, f.name)));
  return out;
}

/** A new, empty item of a list group, with its lifelong key (see lib/ic/groups/fields itemKey). */
export function blankItem(def: GroupDef): Doc {
  return { key: newItemKey(), ...fieldsToValues(def.fields, {}) };
}

export function toFormValues(def: GroupDef, data: Doc | undefined): Doc {
  if (!def.list) return fieldsToValues(def.fields, data ?? {});
  const items = Array.isArray(data?.items) ? (data.items as Doc[]) : [];
  return { items: items.map((it) => ({ key: it.key ?? newItemKey(), ...fieldsToValues(def.fields, it) })) };
}

export function errorAt(errors: unknown, path: string): string | undefined {
  const e = get(errors, path) as { message?: unknown } | undefined;
  return typeof e?.message === "string" ? e.message : undefined;
}
