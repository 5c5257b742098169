"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/core/action-client";
import { createServiceItem, transitionServiceItem, updateServiceItem } from "./services";
import { ServiceItemCreateInput, ServiceItemTransitionInput, ServiceItemUpdateInput } from "./schemas";

function revalidateCatalogue() {
  revalidatePath("/catalogue", "layout");
  revalidatePath("/guide", "layout");
}

export const createServiceItemAction = staffAction
  .metadata({ permission: "catalogue.edit" })
  .inputSchema(ServiceItemCreateInput)
  .action(async ({ parsedInput, ctx }) => {
    const item = await createServiceItem(ctx.scope, parsedInput);
    revalidateCatalogue();
    return { id: item.id };
  });

export const updateServiceItemAction = staffAction
  .metadata({ permission: "catalogue.edit" })
  .inputSchema(ServiceItemUpdateInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateServiceItem(ctx.scope, parsedInput);
    revalidateCatalogue();
    return result;
  });

/** The reviewer's step (§2.6 "REVIEWER ✓ (draft-review)"). */
export const reviewServiceItemAction = staffAction
  .metadata({ permission: "catalogue.review" })
  .inputSchema(ServiceItemTransitionInput.extend({ action: z.literal("review") }))
  .action(async ({ parsedInput, ctx }) => {
    const status = await transitionServiceItem(ctx.scope, parsedInput);
    revalidateCatalogue();
    return { status };
  });

/** The city admin's steps: return, publish, retire (§2.6 "ADMIN ✓ (publish)"). */
export const adminServiceItemAction = staffAction
  .metadata({ permission: "catalogue.edit" })
  .inputSchema(ServiceItemTransitionInput.extend({ action: z.enum(["return", "publish", "retire"]) }))
  .action(async ({ parsedInput, ctx }) => {
    const status = await transitionServiceItem(ctx.scope, parsedInput);
    revalidateCatalogue();
    return { status };
  });
