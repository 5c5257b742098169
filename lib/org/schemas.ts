import { z } from "zod";
import { optionalPhoneSchema } from "@/lib/core/validators/phone";

const name = z.string({ error: "请输入单位名称" }).trim().min(2, "单位名称至少2个字").max(60, "单位名称不超过60个字");

export const OrgUnitCreateInput = z.object({
  parentId: z.string().min(1, "请选择上级单位"),
  code: z.string({ error: "请输入单位代码" }).trim().regex(/^\d{6}(\d{3}){0,2}$/, "单位代码应为6、9或12位数字（统计用区划代码）"),
  name,
  subtype: z.enum(["TOWN", "STREET", "VILLAGE", "COMMUNITY"]).optional(),
  hasServiceHall: z.boolean().default(false),
  address: z.string().trim().max(120, "地址不超过120个字").optional(),
  officePhone: optionalPhoneSchema,
});
export type OrgUnitCreateInput = z.input<typeof OrgUnitCreateInput>;

export const OrgUnitUpdateInput = z.object({
  id: z.string().min(1),
  version: z.number().int().nonnegative(),
  name,
  hasServiceHall: z.boolean(),
  address: z.string().trim().max(120, "地址不超过120个字").optional(),
  officePhone: optionalPhoneSchema,
});
export type OrgUnitUpdateInput = z.input<typeof OrgUnitUpdateInput>;

export const OrgUnitStatusInput = z.object({
  id: z.string().min(1),
  version: z.number().int().nonnegative(),
});
export type OrgUnitStatusInput = z.infer<typeof OrgUnitStatusInput>;
