import { z } from "zod";
import { optionalMobileSchema } from "@/lib/core/validators/phone";
import { nameSchema } from "@/lib/core/validators/name";
import { newPasswordSchema } from "@/lib/core/password-policy";

const CAPABILITIES = [
  "WINDOW_LEAD", "PROXY_AGENT", "ARCHIVIST", "ARCHIVE_APPROVER", "LEGAL_STAFF", "COUNSELLOR",
  "VOLUNTEER_LIAISON", "VOLUNTEER_HQ", "TRAINING_ADMIN", "EMPLOYMENT_OFFICER", "EXPORT_UNMASKED",
] as const;

export const UserCreateInput = z.object({
  username: z.string({ error: "请输入用户名" }).trim().regex(/^[a-z][a-z0-9_.]{2,39}$/, "用户名为3–40位小写字母、数字、下划线或点，以字母开头"),
  displayName: nameSchema,
  mobile: optionalMobileSchema,
  orgUnitId: z.string({ error: "请选择所属单位" }).min(1, "请选择所属单位"),
  role: z.enum(["CLERK", "REVIEWER", "ADMIN"], { error: "请选择角色" }),
  capabilities: z.array(z.enum(CAPABILITIES)).default([]),
});
export type UserCreateInput = z.input<typeof UserCreateInput>;

export const UserUpdateInput = UserCreateInput.omit({ username: true, orgUnitId: true }).extend({
  id: z.string().min(1),
  version: z.number().int().nonnegative(),
});
export type UserUpdateInput = z.input<typeof UserUpdateInput>;

export const UserRefInput = z.object({ id: z.string().min(1), version: z.number().int().nonnegative() });
export type UserRefInput = z.infer<typeof UserRefInput>;

export const PasswordChangeInput = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "两次输入的新密码不一致" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "新密码不能与当前密码相同" });
export type PasswordChangeInput = z.input<typeof PasswordChangeInput>;

export const TotpConfirmInput = z.object({
  secret: z.string().min(16),
  token: z.string().trim().regex(/^\d{6}$/, "请输入6位动态验证码"),
});
export type TotpConfirmInput = z.infer<typeof TotpConfirmInput>;
