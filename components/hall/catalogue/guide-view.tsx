import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { ITEM_LEVEL_LABELS, MATERIAL_FORM_LABELS, SERVICE_MODULE_LABELS, workingDaysLabel } from "@/lib/hall/catalogue/labels";
import { parseProcedure } from "@/lib/hall/catalogue/schemas";

export type GuideItem = {
  name: string; module: keyof typeof SERVICE_MODULE_LABELS; levels: (keyof typeof ITEM_LEVEL_LABELS)[]; legalBasis: string;
  conditions: string; requirements: string; procedure: unknown; promisedWorkingDays: number; statutoryWorkingDays: number | null;
  complaintChannel: string; consultPhone: string; proxyEligible: boolean; homeServiceEligible: boolean;
  requiresOnSiteAuthentication: boolean; fee: string;
  materials: { name: string; originalOrCopy: keyof typeof MATERIAL_FORM_LABELS; count: number; mandatory: boolean; note: string | null; howToObtain: string | null }[];
};

const yes = (b: boolean) => (b ? "是" : "否");

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h2 className="border-b border-slate-200 pb-1 text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

const Para = ({ text }: { text: string }) => <p className="whitespace-pre-line text-slate-800">{text}</p>;

/** The 办事指南 of one item (§7.10): the same view on the public page and the staff detail page. */
export function GuideView({ item }: { item: GuideItem }) {
  const steps = parseProcedure(item.procedure);
  return (
    <div className="flex flex-col gap-6" data-testid="guide-view">
      <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[7rem_1fr_7rem_1fr]">
        <dt className="text-slate-600">所属业务</dt><dd>{SERVICE_MODULE_LABELS[item.module]}</dd>
        <dt className="text-slate-600">办理层级</dt><dd>{item.levels.map((l) => ITEM_LEVEL_LABELS[l]).join("、")}</dd>
        <dt className="text-slate-600">承诺时限</dt><dd data-testid="guide-promised">{workingDaysLabel(item.promisedWorkingDays)}</dd>
        <dt className="text-slate-600">法定时限</dt><dd>{workingDaysLabel(item.statutoryWorkingDays)}</dd>
        <dt className="text-slate-600">收费标准</dt><dd>{item.fee}</dd>
        <dt className="text-slate-600">咨询电话</dt><dd><a className="text-brand-700 underline" href={`tel:${item.consultPhone}`}>{item.consultPhone}</a></dd>
        <dt className="text-slate-600">可代办</dt><dd>{yes(item.proxyEligible)}</dd>
        <dt className="text-slate-600">可上门办理</dt><dd>{yes(item.homeServiceEligible)}</dd>
        <dt className="text-slate-600">需现场认证</dt><dd>{yes(item.requiresOnSiteAuthentication)}</dd>
      </dl>
      <Section title="一、办理依据"><Para text={item.legalBasis} /></Section>
      <Section title="二、办理条件"><Para text={item.conditions} /></Section>
      <Section title="三、办理要求"><Para text={item.requirements} /></Section>
      <Section title="四、申请材料">
        <Table caption="申请材料">
          <THead><Tr><Th>序号</Th><Th>材料名称</Th><Th>原件/复印件</Th><Th>份数</Th><Th>必要性</Th><Th>获取方式</Th><Th>备注</Th></Tr></THead>
          <TBody>
            {item.materials.map((m, i) => (
              <Tr key={i}>
                <Td>{i + 1}</Td><Td>{m.name}</Td><Td>{MATERIAL_FORM_LABELS[m.originalOrCopy]}</Td><Td>{m.count}</Td>
                <Td>{m.mandatory ? "必须" : "视情提供"}</Td><Td>{m.howToObtain ?? "—"}</Td><Td>{m.note ?? "—"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Section>
      <Section title="五、办理程序">
        <ol className="flex list-decimal flex-col gap-1.5 pl-6 text-slate-800">
          {steps.map((s, i) => (
            <li key={i}><span className="font-medium">{s.title}</span>{s.description ? `：${s.description}` : ""}</li>
          ))}
        </ol>
      </Section>
      <Section title="六、办理时限">
        <p className="text-slate-800">
          承诺时限：{workingDaysLabel(item.promisedWorkingDays)}
          {item.statutoryWorkingDays != null && `；法定时限：${workingDaysLabel(item.statutoryWorkingDays)}`}
        </p>
      </Section>
      <Section title="七、投诉方式"><Para text={item.complaintChannel} /></Section>
      <Section title="八、咨询电话"><p>{item.consultPhone}</p></Section>
    </div>
  );
}
