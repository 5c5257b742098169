"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { Button } from "@/components/ui/button";
import { setWindowActiveAction } from "@/lib/hall/windows/actions";

/** 停用 / 启用 a window (admins). */
export function WindowActiveButton({ id, version, active }: { id: string; version: number; active: boolean }) {
  const router = useRouter();
  const act = useAction(setWindowActiveAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-col gap-1">
      <Button variant={active ? "danger" : "secondary"} disabled={act.isExecuting} onClick={() => act.execute({ id, version, active: !active })} data-testid="window-toggle-active">
        {active ? "停用窗口" : "重新启用"}
      </Button>
      <ActionMessage error={act.result.serverError} testId="window-active-error" />
    </div>
  );
}
