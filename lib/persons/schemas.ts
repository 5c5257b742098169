import { z } from "zod";
import { idNumberSchema } from "@/lib/core/validators/id-number";
import { nameSchema } from "@/lib/core/validators/name";
import { optionalMobileSchema, optionalTelSchema } from "@/lib/core/validators/phone";
import { REVEAL_REASONS } from "./labels";

const address = z.string().trim().max(120, "地址不超过120个字").optional();

export const PersonCreateInput = z
  .object({
    idNumber: idNumberSchema,
    name: nameSchema,
    formerName: z.string().trim().max(30, "曾用名不超过30个字").optional(),
    mobile: optionalMobileSchema,
    landline: optionalTelSchema,
    orgUnitId: z.string({ error: "请选择户籍地（村/社区）" }).min(1, "请选择户籍地（村/社区）"),
    hukouAddress: address,
    residenceAddress: address,
  });
export type PersonCreateInput = z.input<typeof PersonCreateInput>;

/**
 * Contact fields change directly and are audited (IC-09); identity fields never change here.
 * Phone numbers are never sent to the browser for editing, so a blank phone means "unchanged";
 * removing one is an explicit choice in `clear`.
 */
export const PersonContactUpdateInput = z.object({
  id: z.string().min(1),
  version: z.number().int().nonnegative(),
  mobile: optionalMobileSchema,
  landline: optionalTelSchema,
  clear: z.array(z.enum(["mobile", "landline"])).default([]),
  residenceAddress: address,
});
export type PersonContactUpdateInput = z.input<typeof PersonContactUpdateInput>;

export const RevealInput = z.object({
  personId: z.string().min(1),
  field: z.enum(["idNumber", "mobile", "landline"]),
  reasonCode: z.enum(Object.keys(REVEAL_REASONS) as [keyof typeof REVEAL_REASONS], { error: "请选择查看原因" }),
  reasonText: z.string().trim().max(200, "说明不超过200字").optional(),
}).refine((v) => v.reasonCode !== "OTHER" || (v.reasonText?.length ?? 0) >= 4, { path: ["reasonText"], message: "选择“其他”时请写明原因（至少4个字）" });
export type RevealInput = z.input<typeof RevealInput>;

export const IdLookupInput = z.object({ idNumber: idNumberSchema });
