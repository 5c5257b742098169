import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { ORG_FIELD_LABELS, ORG_LEVEL_LABELS, ORG_SUBTYPE_LABELS } from "@/lib/org/labels";
import type { OrgPage } from "@/lib/org/queries";

export function OrgUnitStatusBadge({ active }: { active: boolean }) {
  return active ? <Badge tone="success">启用</Badge> : <Badge tone="danger">停用</Badge>;
}

export function orgTypeLabel(unit: { level: OrgPage["unit"]["level"]; subtype: OrgPage["unit"]["subtype"] }) {
  return unit.subtype ? `${ORG_LEVEL_LABELS[unit.level]} · ${ORG_SUBTYPE_LABELS[unit.subtype]}` : ORG_LEVEL_LABELS[unit.level];
}

/** The unit being viewed; `actions` holds its 编辑 / 停用 buttons when the admin may manage it. */
export function OrgUnitDetails({ unit, actions }: { unit: OrgPage["unit"]; actions?: React.ReactNode }) {
  const rows: [string, React.ReactNode][] = [
    [ORG_FIELD_LABELS.code, <span key="c" className="font-mono">{unit.code}</span>],
    ["级别", ORG_LEVEL_LABELS[unit.level]],
    [ORG_FIELD_LABELS.subtype, unit.subtype ? ORG_SUBTYPE_LABELS[unit.subtype] : "—"],
    [ORG_FIELD_LABELS.hasServiceHall, unit.hasServiceHall ? "是" : "否"],
    [ORG_FIELD_LABELS.officePhone, unit.officePhone || "—"],
    [ORG_FIELD_LABELS.address, unit.address || "—"],
    [ORG_FIELD_LABELS.active, <OrgUnitStatusBadge key="s" active={unit.active} />],
  ];
  return (
    <Card className="mb-6" data-testid="org-unit-details">
      <CardHeader title={unit.name} description={unit.parent ? `上级单位：${unit.parent.name}` : undefined} actions={actions} />
      <CardContent>
        <dl className="grid grid-cols-1 gap-x-8 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
          {rows.map(([label, value]) => (
            <div key={label} className="min-w-0">
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="mt-0.5 text-slate-900 break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
