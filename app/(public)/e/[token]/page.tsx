import type { Metadata } from "next";
import { PublicEvaluationForm } from "@/components/evaluation/public-evaluation-form";
import { getOptionalScope } from "@/lib/core/scope";
import { STAFF_SESSION_REFUSED, unsafeGetInvitationView } from "@/lib/evaluation/public-evaluation";

export const metadata: Metadata = { title: "服务评价", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

const MESSAGES = {
  USED: { title: "该办件已评价", body: "每件办件只能评价一次，感谢您的参与！如需反映其他意见，请拨打服务大厅投诉电话。" },
  EXPIRED: { title: "评价链接已过期", body: "评价有效期为办结后30天。如需反映意见，请拨打服务大厅投诉电话或到服务窗口填写书面评价表。" },
  UNKNOWN: { title: "评价链接无效", body: "请核对二维码或链接是否完整，或向服务窗口工作人员咨询。" },
} as const;

// EVA-01 / §9.1.3: the public one-page rating behind the QR code of a completed case. No login;
// it shows only the hall, the item and the completion date — never a person's data. A browser
// signed in as staff gets no form: the client rates on their own phone (the submit refuses too).
export default async function EvaluationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (await getOptionalScope()) return <StaffRefused />;
  const view = await unsafeGetInvitationView(token.slice(0, 100));
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col gap-5 bg-slate-50 px-4 py-6 sm:px-6">
      <header className="flex flex-col gap-1">
        <p className="text-sm text-slate-600">青岛市退役军人服务中心（站）</p>
        <h1 className="text-2xl font-semibold text-slate-900">服务评价</h1>
      </header>
      {view.state === "OPEN" ? (
        <>
          <dl className="grid grid-cols-[5rem_1fr] gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-base" data-testid="public-case">
            <dt className="text-slate-600">服务单位</dt>
            <dd className="font-medium">{view.hallName}</dd>
            <dt className="text-slate-600">办理事项</dt>
            <dd className="font-medium">{view.itemName}</dd>
            <dt className="text-slate-600">办结日期</dt>
            <dd className="font-medium">{view.completedOn}</dd>
          </dl>
          <PublicEvaluationForm token={token} />
        </>
      ) : (
        <section className="rounded-lg border border-amber-200 bg-amber-50 p-5" data-testid="public-message">
          <h2 className="text-xl font-semibold text-amber-900">{MESSAGES[view.state].title}</h2>
          <p className="mt-2 text-base text-amber-900">{MESSAGES[view.state].body}</p>
        </section>
      )}
    </main>
  );
}

function StaffRefused() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col gap-5 bg-slate-50 px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-semibold text-slate-900">服务评价</h1>
      <section className="rounded-lg border border-amber-200 bg-amber-50 p-5" data-testid="public-staff-refused">
        <h2 className="text-xl font-semibold text-amber-900">{STAFF_SESSION_REFUSED}</h2>
        <p className="mt-2 text-base text-amber-900">本浏览器已登录工作人员账号，不能在此提交评价。评价链接未被使用，服务对象仍可扫码评价。</p>
      </section>
    </main>
  );
}
