"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { deleteCalendarDayAction } from "@/lib/calendar/actions";

export function DeleteDayButton({ date }: { date: string }) {
  const { execute, isExecuting, result } = useAction(deleteCalendarDayAction);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        variant="ghost"
        size="sm"
        disabled={isExecuting}
        data-testid={`calendar-delete-${date}`}
        onClick={() => {
          if (window.confirm(`确定删除 ${date} 的设置吗？删除后该日按“周一至周五上班”的默认规则计算。`)) execute({ date });
        }}
      >
        {isExecuting ? "正在删除…" : "删除"}
      </Button>
      {result.serverError && <span className="text-sm text-red-700">{result.serverError.message}</span>}
    </span>
  );
}
