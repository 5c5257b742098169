"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { removeAttachmentAction } from "@/lib/ic/documents/actions";

export function RemoveAttachmentButton({ profileId, attachmentId, fileName }: { profileId: string; attachmentId: string; fileName: string }) {
  const { execute, isExecuting, result } = useAction(removeAttachmentAction);
  const error = result.serverError?.message;
  return (
    <>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        disabled={isExecuting}
        onClick={() => {
          if (window.confirm(`确定删除“${fileName}”吗？`)) execute({ profileId, attachmentId });
        }}
      >
        {isExecuting ? "正在删除…" : "删除"}
      </Button>
      {error && <span className="text-sm text-red-700">{error}</span>}
    </>
  );
}
