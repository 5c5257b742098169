import { Breadcrumbs, type Crumb } from "./breadcrumbs";

export type PageHeaderProps = {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons or links on the right; they wrap under the title on narrow screens. */
  actions?: React.ReactNode;
  breadcrumbs?: readonly Crumb[];
};

export function PageHeader({ title, description, actions, breadcrumbs }: PageHeaderProps) {
  return (
    <div className="mb-6 flex flex-col gap-3">
      {breadcrumbs && <Breadcrumbs items={breadcrumbs} />}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
          {description && <p className="mt-1 max-w-prose text-slate-600">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  );
}
