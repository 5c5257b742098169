import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formValuesOf } from "@/components/hall/catalogue/form-values";
import { GuideView } from "@/components/hall/catalogue/guide-view";
import { ServiceItemEditForm } from "@/components/hall/catalogue/service-item-form";
import { ServiceItemStatusBadge } from "@/components/hall/catalogue/status-badge";
import { CatalogueWorkflowButtons } from "@/components/hall/catalogue/workflow-buttons";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { SERVICE_ITEM_STATUS_LABELS } from "@/lib/hall/catalogue/labels";
import { getServiceItem } from "@/lib/hall/catalogue/queries";

export const metadata: Metadata = { title: "服务事项详情" };

export default async function ServiceItemPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await getScope();
  if (!can(scope, "catalogue.read")) notFound();
  const { id } = await params;
  const view = await getServiceItem(scope, id).catch((e) => {
    if (isDomainError(e)) return null;
    throw e;
  });
  if (!view) notFound();
  const { item, versions, history, transitions } = view;
  const openVersion = versions.find((v) => v.id !== item.id && (v.status === "DRAFT" || v.status === "REVIEWED"));
  const editable = can(scope, "catalogue.edit") && (item.status === "DRAFT" || ((item.status === "PUBLISHED" || item.status === "RETIRED") && !openVersion));
  return (
    <>
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-3">{item.name}<ServiceItemStatusBadge status={item.status} /></span>}
        description={`事项编码 ${item.code} · 第${item.itemVersion}版`}
        breadcrumbs={[{ label: "服务事项", href: "/catalogue" }, { label: item.name }]}
        actions={item.status === "PUBLISHED" ? <Link href={`/guide/${item.code}`} className={buttonClass("secondary")} target="_blank">公开页面</Link> : undefined}
      />
      <div className="flex flex-col gap-6">
        <CatalogueWorkflowButtons id={item.id} version={item.version} steps={transitions} />
        {openVersion && (
          <p className="text-sm text-slate-700">
            该事项已有待发布的<Link className="text-brand-700 underline" href={`/catalogue/${openVersion.id}`}>第{openVersion.itemVersion}版</Link>。
          </p>
        )}
        <GuideView item={item} />
        {editable && (
          <section className="flex flex-col gap-3">
            <h2 className="text-lg font-semibold">{item.status === "DRAFT" ? "修改草稿" : "修改（保存为新版本草稿，当前版本继续公开）"}</h2>
            <ServiceItemEditForm key={item.version} id={item.id} version={item.version} values={formValuesOf(item)} createsNewVersion={item.status !== "DRAFT"} />
          </section>
        )}
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">版本</h2>
          <ul className="flex flex-col gap-1 text-sm">
            {versions.map((v) => (
              <li key={v.id}>
                <Link className="text-brand-700 underline" href={`/catalogue/${v.id}`}>第{v.itemVersion}版</Link>
                {" "}{SERVICE_ITEM_STATUS_LABELS[v.status]}
                {v.publishedAt && `（公开于 ${v.publishedAt.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })}）`}
              </li>
            ))}
          </ul>
        </section>
        {history.length > 0 && (
          <section className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">办理记录</h2>
            <ul className="flex flex-col gap-1 text-sm" data-testid="catalogue-history">
              {history.map((h) => (
                <li key={h.id}>
                  {h.at.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })} {h.actorName}：
                  {SERVICE_ITEM_STATUS_LABELS[h.fromStatus as keyof typeof SERVICE_ITEM_STATUS_LABELS] ?? h.fromStatus} →{" "}
                  {SERVICE_ITEM_STATUS_LABELS[h.toStatus as keyof typeof SERVICE_ITEM_STATUS_LABELS] ?? h.toStatus}
                  {h.reason && `（${h.reason}）`}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
