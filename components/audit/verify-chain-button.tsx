"use client";

import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { verifyAuditChainAction } from "@/lib/audit/actions";

/** city admins recompute the hash chain and see whether any record was altered or removed. */
export function VerifyChainButton() {
  const { execute, result, isExecuting } = useAction(verifyAuditChainAction);
  const report = result.data;
  const error = result.serverError?.message;
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" onClick={() => execute()} disabled={isExecuting} data-testid="audit-verify">
        {isExecuting ? "正在校验…" : "校验哈希链"}
      </Button>
      {report?.ok && (
        <Alert tone="success" data-testid="audit-verify-result">
          共校验 {report.checked} 条记录，哈希链完整，未发现篡改。
        </Alert>
      )}
      {report && !report.ok && (
        <Alert tone="error" title="哈希链校验未通过" data-testid="audit-verify-result">
          第 {report.checked} 条（记录编号 {report.firstBrokenId}）：{report.problem}
        </Alert>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
