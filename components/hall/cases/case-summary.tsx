import { Alert } from "@/components/ui/alert";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import type { CaseDetail } from "@/lib/hall/cases/detail";
import { AGENT_RELATION_LABELS, CASE_OUTCOME_LABELS, CHANNEL_LABELS } from "@/lib/hall/labels";
import { CaseStatusBadge } from "./case-status-badge";

/** Who answers for the case and where its clock stands (§7.7.3, §7.8, §7.9). */
export function CaseSummary({ d }: { d: CaseDetail }) {
  const c = d.case;
  const rows: [string, React.ReactNode][] = [
    ["状态", <CaseStatusBadge key="s" status={c.status} overdue={d.due?.overdue} />],
    ["服务对象", `${d.client.name}（${d.client.idMasked}，${d.client.orgUnit.name}）`],
    ["受理渠道", `${CHANNEL_LABELS[c.channel]}${d.window ? ` · ${d.window.windowNo}号${d.window.name}` : ""}`],
    ["首办人", d.names.firstHandler],
    ["主要责任人 / 次要责任人", `${d.names.primary} / ${d.names.secondary}`],
    ["登记时间", formatShanghaiDateTime(c.receivedAt)],
    ["受理时间", c.acceptedAt ? formatShanghaiDateTime(c.acceptedAt) : "—"],
    ["承诺办结日期", d.due ? `${d.due.date}${c.extendedDueDate ? "（已延期）" : ""}${c.completedAt ? "" : c.pausedAt ? "，补正期间时限暂停" : d.due.overdue ? "，已超期" : `，剩余${d.due.left}个工作日`}` : c.promisedWorkingDays === 0 ? "即办件" : `受理后${c.promisedWorkingDays}个工作日`],
  ];
  if (c.agentName) rows.push(["代理人", `${c.agentName}（${c.agentIdMasked}，${c.agentRelation ? AGENT_RELATION_LABELS[c.agentRelation] : ""}）委托书：${c.authorisationNote ?? "—"}`]);
  if (c.completedAt) rows.push(["办结", `${formatShanghaiDateTime(c.completedAt)} · ${c.outcome ? CASE_OUTCOME_LABELS[c.outcome] : ""}${c.outcomeNote ? `：${c.outcomeNote}` : ""}`]);
  if (c.referralAuthority) rows.push(["引导至", c.referralAuthority]);
  return (
    <div className="flex flex-col gap-3">
      {c.supplementAt && (
        <Alert tone="warning" data-testid="case-supplement-alert">
          服务对象已于 {formatShanghaiDateTime(c.supplementAt)} 补交材料（{d.names.supplementBy}代收）：{c.supplementNote}。请首办人核验后受理。
        </Alert>
      )}
      {d.due?.overdue && !c.completedAt && <Alert tone="error">本件已超过承诺办结日期 {d.due.date}。</Alert>}
      {c.pausedAt && c.status === "PENDING_MATERIALS" && <Alert tone="info">退回补正中（{formatShanghaiDateTime(c.pausedAt)}起），补正期间不计入办理时限。</Alert>}
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[10rem_1fr]" data-testid="case-summary">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-600">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
