import { z } from "zod";

// SPEC §2.7 ServiceWindow: one schema per command, shared by the forms and the actions (STYLE.md).
// Client-safe: no server imports.

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const version = z.number().int().nonnegative();

const windowFields = {
  windowNo: z
    .string({ error: "请填写窗口编号" })
    .trim()
    .min(1, "请填写窗口编号")
    .max(10, "窗口编号不超过10个字符"),
  name: z.string({ error: "请填写窗口名称" }).trim().min(1, "请填写窗口名称").max(40, "窗口名称不超过40个字"),
  // SPEC §2.7 `serviceItemIds` ≥ 1, stored by code (items are versioned; the code is stable).
  serviceItemCodes: z
    .array(z.string().trim().min(1).max(20), { error: "请至少选择一项受理事项" })
    .min(1, "请至少选择一项受理事项")
    .max(200, "受理事项不超过200项"),
  isProxyWindow: z.boolean(),
  isIntegrated: z.boolean(),
};

export const WindowCreateInput = z.object({
  /** The unit the window belongs to; defaults to the admin's own unit, checked against the scope. */
  orgUnitId: id.optional(),
  ...windowFields,
});
export type WindowCreateInput = z.input<typeof WindowCreateInput>;

export const WindowUpdateInput = z.object({ id, version, ...windowFields });
export type WindowUpdateInput = z.input<typeof WindowUpdateInput>;

export const WindowActiveInput = z.object({ id, version, active: z.boolean() });
export type WindowActiveInput = z.input<typeof WindowActiveInput>;
