import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GuideView } from "@/components/hall/catalogue/guide-view";
import { buttonClass } from "@/components/ui/button";
import { unsafeGetPublishedItem } from "@/lib/hall/catalogue/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await unsafeGetPublishedItem(safeDecode((await params).code));
  return { title: item ? `${item.name}办事指南` : "办事指南" };
}

// §7.10: the public 办事指南 of one published item (no login).
export default async function GuidePage({ params }: Props) {
  const item = await unsafeGetPublishedItem(safeDecode((await params).code));
  if (!item) notFound();
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col gap-5 p-4 sm:p-6">
      <nav className="text-sm"><Link href="/guide" className="text-brand-700 underline">← 全部办事指南</Link></nav>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{item.name}</h1>
          <p className="text-sm text-slate-600">事项编码 {item.code} · 第{item.itemVersion}版</p>
        </div>
        <a href={`/guide/${item.code}/pdf`} className={buttonClass("secondary")} target="_blank" rel="noopener" data-testid="guide-pdf">打印办事指南（PDF）</a>
      </header>
      <GuideView item={item} />
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
