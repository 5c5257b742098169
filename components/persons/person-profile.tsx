import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { GENDER_LABELS, PERSON_FIELD_LABELS as L } from "@/lib/persons/labels";
import { RevealField } from "./reveal-field";

export type ProfileView = {
  id: string;
  name: string;
  formerName: string | null;
  idMasked: string;
  gender: keyof typeof GENDER_LABELS;
  birthDate: Date;
  mobileMasked: string | null;
  hasLandline: boolean;
  hukouAddress: string | null;
  residenceAddress: string | null;
  isDeceased: boolean;
  idConverted: boolean;
  deathDate: Date | null;
  orgUnit: { name: string; officePhone: string | null };
};

const ymd = (d: Date) => d.toISOString().slice(0, 10);

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-base text-slate-900">{children}</dd>
    </div>
  );
}

/** Basic information with ID and phones masked; each can be revealed with a reason. */
export function PersonProfile({ person }: { person: ProfileView }) {
  return (
    <Card data-testid="person-profile">
      <CardHeader
        title={
          <span className="inline-flex items-center gap-2">
            {person.name}
            {person.isDeceased && <Badge>已故</Badge>}
            {person.idConverted && <Badge tone="warning" data-testid="id-converted">身份证号由15位转换，待核对证件</Badge>}
          </span>
        }
        description={person.orgUnit.name}
      />
      <CardContent>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
          <Item label={L.idNumber}>
            <RevealField personId={person.id} field="idNumber" masked={person.idMasked} />
          </Item>
          <Item label={L.gender}>{GENDER_LABELS[person.gender]}</Item>
          <Item label={L.birthDate}>{ymd(person.birthDate)}</Item>
          <Item label={L.formerName}>{person.formerName ?? "—"}</Item>
          <Item label={L.mobile}>
            {person.mobileMasked ? <RevealField personId={person.id} field="mobile" masked={person.mobileMasked} /> : "—"}
          </Item>
          <Item label={L.landline}>
            {person.hasLandline ? <RevealField personId={person.id} field="landline" masked="********" /> : "—"}
          </Item>
          <Item label={L.orgUnitId}>{person.orgUnit.name}</Item>
          <Item label={L.hukouAddress}>{person.hukouAddress ?? "—"}</Item>
          <Item label={L.residenceAddress}>{person.residenceAddress ?? "—"}</Item>
          {person.isDeceased && <Item label={L.deathDate}>{person.deathDate ? ymd(person.deathDate) : "—"}</Item>}
        </dl>
      </CardContent>
    </Card>
  );
}
