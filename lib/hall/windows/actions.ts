"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { WindowActiveInput, WindowCreateInput, WindowUpdateInput } from "./schemas";
import { createWindow, setWindowActive, updateWindow } from "./services";

export const createWindowAction = staffAction
  .metadata({ permission: "hall.windows.manage" })
  .inputSchema(WindowCreateInput)
  .action(async ({ parsedInput, ctx }) => {
    const w = await createWindow(ctx.scope, parsedInput);
    revalidatePath("/hall/windows", "layout");
    return { id: w.id };
  });

export const updateWindowAction = staffAction
  .metadata({ permission: "hall.windows.manage" })
  .inputSchema(WindowUpdateInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await updateWindow(ctx.scope, parsedInput);
    revalidatePath("/hall/windows", "layout");
    return r;
  });

export const setWindowActiveAction = staffAction
  .metadata({ permission: "hall.windows.manage" })
  .inputSchema(WindowActiveInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await setWindowActive(ctx.scope, parsedInput);
    revalidatePath("/hall/windows", "layout");
    return r;
  });
