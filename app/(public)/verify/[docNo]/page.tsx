import type { Metadata } from "next";
import { unsafeVerifyDocument } from "@/lib/ic/print/verify";

export const metadata: Metadata = { title: "文书核验", robots: { index: false, follow: false } };

// the target of a printout's QR code. Public, so it shows only what the paper already
// shows to anyone holding it: type, issuing unit and date — no personal data.
export default async function VerifyPage({ params }: { params: Promise<{ docNo: string }> }) {
  const { docNo } = await params;
  const number = safeDecode(docNo).slice(0, 40);
  const doc = await unsafeVerifyDocument(number);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col gap-4 p-6">
      <h1 className="text-2xl font-semibold">文书核验</h1>
      <p className="text-sm text-slate-600">文书编号：<span className="font-mono">{number}</span></p>
      {doc ? (
        <dl className="grid grid-cols-[6rem_1fr] gap-y-2 rounded-lg border border-green-200 bg-green-50 p-4" data-testid="verify-ok">
          <dt className="text-slate-600">核验结果</dt>
          <dd className="font-medium text-green-800">该文书由本系统出具</dd>
          <dt className="text-slate-600">文书类型</dt>
          <dd>{doc.kindLabel}</dd>
          <dt className="text-slate-600">出具单位</dt>
          <dd>{doc.issuingUnit}</dd>
          <dt className="text-slate-600">出具日期</dt>
          <dd>{doc.issuedOn}</dd>
        </dl>
      ) : (
        <p className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-800" data-testid="verify-missing">
          未找到该编号的文书。请核对编号，或联系出具单位核实。
        </p>
      )}
    </main>
  );
}

/** A hand-typed URL may carry a stray "%"; treat it as a miss, not a server error. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
