import { Download, KeyRound } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

export type CreatedBatch = { batchId: string; batchNo: string; recordCount: number; password: string };

/** "The password is shown once to the requester" — it is stored nowhere, not even hashed. */
export function BatchPasswordPanel({ batch }: { batch: CreatedBatch }) {
  return (
    <Alert tone="warning" title={`上报批次 ${batch.batchNo} 已生成，共 ${batch.recordCount} 条记录`}>
      <p>文件已加密。打开密码只显示这一次，请立即记录并通过安全渠道告知省中心；离开本页后无法再次查看。</p>
      <p className="mt-3 flex flex-wrap items-center gap-2">
        <KeyRound className="size-4" aria-hidden="true" />
        <span>打开密码：</span>
        <code className="rounded bg-white px-2 py-1 font-mono text-lg tracking-wider text-slate-900 select-all" data-testid="prov-export-password">{batch.password}</code>
      </p>
      <p className="mt-3">
        <a href={`/api/ic/xlsx/exports/${batch.batchId}`} className={buttonClass("secondary", "sm")} data-testid="prov-export-download">
          <Download className="size-4" aria-hidden="true" />
          下载上报文件
        </a>
      </p>
    </Alert>
  );
}
