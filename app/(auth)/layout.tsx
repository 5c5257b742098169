import { ShieldCheck } from "lucide-react";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4 py-10">
      <main className="w-full max-w-md">
        <div className="mb-6 flex flex-col items-center gap-2 text-center">
          <ShieldCheck className="size-10 text-brand-700" aria-hidden="true" />
          <p className="text-xl font-semibold text-brand-800">青岛市退役军人政务服务管理系统</p>
          <p className="text-sm text-slate-600">青岛市退役军人事务局</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
      </main>
    </div>
  );
}
