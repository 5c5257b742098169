"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/core/action-client";
import { createUser, disableUser, enableUser, resetUserPassword, updateUser } from "./services";
import { beginTotpEnrolment, changeOwnPassword, confirmTotpEnrolment, disableOwnTotp } from "./self-service";
import { PasswordChangeInput, TotpConfirmInput, UserCreateInput, UserRefInput, UserUpdateInput } from "./schemas";

export const createUserAction = staffAction
  .metadata({ permission: "user.manage" })
  .inputSchema(UserCreateInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createUser(ctx.scope, parsedInput);
    revalidatePath("/users");
    return result;
  });

export const updateUserAction = staffAction
  .metadata({ permission: "user.manage" })
  .inputSchema(UserUpdateInput)
  .action(async ({ parsedInput, ctx }) => {
    await updateUser(ctx.scope, parsedInput);
    revalidatePath("/users");
  });

export const disableUserAction = staffAction
  .metadata({ permission: "user.manage" })
  .inputSchema(UserRefInput)
  .action(async ({ parsedInput, ctx }) => {
    await disableUser(ctx.scope, parsedInput);
    revalidatePath("/users");
  });

export const enableUserAction = staffAction
  .metadata({ permission: "user.manage" })
  .inputSchema(UserRefInput)
  .action(async ({ parsedInput, ctx }) => {
    await enableUser(ctx.scope, parsedInput);
    revalidatePath("/users");
  });

export const resetUserPasswordAction = staffAction
  .metadata({ permission: "user.manage" })
  .inputSchema(UserRefInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resetUserPassword(ctx.scope, parsedInput);
    revalidatePath("/users");
    return result;
  });

export const changeOwnPasswordAction = staffAction
  .metadata({ permission: "account.self" })
  .inputSchema(PasswordChangeInput)
  .action(async ({ parsedInput, ctx }) => {
    await changeOwnPassword(ctx.scope, parsedInput);
    revalidatePath("/", "layout");
  });

export const beginTotpAction = staffAction
  .metadata({ permission: "account.self" })
  .action(async ({ ctx }) => beginTotpEnrolment(ctx.scope));

export const confirmTotpAction = staffAction
  .metadata({ permission: "account.self" })
  .inputSchema(TotpConfirmInput)
  .action(async ({ parsedInput, ctx }) => {
    await confirmTotpEnrolment(ctx.scope, parsedInput);
    revalidatePath("/account");
  });

export const disableTotpAction = staffAction
  .metadata({ permission: "account.self" })
  .inputSchema(z.object({ token: z.string().trim().regex(/^\d{6}$/, "请输入6位动态验证码") }))
  .action(async ({ parsedInput, ctx }) => {
    await disableOwnTotp(ctx.scope, parsedInput.token);
    revalidatePath("/account");
  });
