import { Alert } from "@/components/ui/alert";

export type CommitResultView = {
  created: number; contactsUpdated: number; duplicatesSkipped: number; rejected: number; idConverted: number;
  lateErrors: { rowNo: number; message: string }[];
};

/** X-22 "→ report": what the commit actually wrote. */
export function ImportCommitResult({ result }: { result: CommitResultView }) {
  return (
    <Alert tone="success" title="导入完成" data-testid="import-result">
      <p>
        新建人员和草稿档案 {result.created} 份；更新联系电话 {result.contactsUpdated} 人；跳过已登记人员 {result.duplicatesSkipped} 人；未导入 {result.rejected} 行。
      </p>
      {result.idConverted > 0 && <p className="mt-1">其中 {result.idConverted} 人的15位身份证号已升位为18位，请在审核前核实。</p>}
      {result.lateErrors.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {result.lateErrors.slice(0, 20).map((e) => (
            <li key={e.rowNo}>第 {e.rowNo} 行：{e.message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
