"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { createOrgUnit, deactivateOrgUnit, reactivateOrgUnit, updateOrgUnit } from "./services";
import { OrgUnitCreateInput, OrgUnitStatusInput, OrgUnitUpdateInput } from "./schemas";

export const createOrgUnitAction = staffAction
  .metadata({ permission: "org.manage" })
  .inputSchema(OrgUnitCreateInput)
  .action(async ({ parsedInput, ctx }) => {
    const unit = await createOrgUnit(ctx.scope, parsedInput);
    revalidatePath("/org");
    return { id: unit.id };
  });

export const updateOrgUnitAction = staffAction
  .metadata({ permission: "org.manage" })
  .inputSchema(OrgUnitUpdateInput)
  .action(async ({ parsedInput, ctx }) => {
    await updateOrgUnit(ctx.scope, parsedInput);
    revalidatePath("/org");
  });

export const deactivateOrgUnitAction = staffAction
  .metadata({ permission: "org.manage" })
  .inputSchema(OrgUnitStatusInput)
  .action(async ({ parsedInput, ctx }) => {
    await deactivateOrgUnit(ctx.scope, parsedInput);
    revalidatePath("/org");
  });

export const reactivateOrgUnitAction = staffAction
  .metadata({ permission: "org.manage" })
  .inputSchema(OrgUnitStatusInput)
  .action(async ({ parsedInput, ctx }) => {
    await reactivateOrgUnit(ctx.scope, parsedInput);
    revalidatePath("/org");
  });
