/** One label–value line of a record's detail list (inside a <dl>). */
export function DetailRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[9rem_1fr]">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="whitespace-pre-wrap text-slate-900">{children}</dd>
    </div>
  );
}
