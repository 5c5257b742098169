import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { WindowRow } from "@/lib/hall/windows/queries";
import { PresenceBadge } from "./presence-badge";

/** The unit's windows with the current A/B pair and presence (ORG-40) and every window's items (ORG-45). */
export function WindowsTable({ rows }: { rows: WindowRow[] }) {
  if (rows.length === 0) return <EmptyState title="本单位尚未设置窗口" description="由单位管理员新增窗口并选择受理事项，再安排AB角。" />;
  return (
    <Table caption="窗口列表" data-testid="windows-table">
      <THead>
        <Tr>
          <Th>窗口</Th>
          <Th>A角</Th>
          <Th>B角</Th>
          <Th>受理事项（办事指南）</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((w) => (
          <Tr key={w.id} data-testid={`window-row-${w.windowNo}`}>
            <Td className="whitespace-nowrap">
              <Link href={`/hall/windows/${w.id}`} className="font-medium text-brand-700 underline">{w.windowNo}号 {w.name}</Link>
              <div className="mt-1 flex flex-wrap gap-1">
                {!w.active && <Badge>已停用</Badge>}
                {w.isProxyWindow && <Badge tone="info">帮办代办</Badge>}
                {w.isIntegrated && <Badge tone="info">综合窗口</Badge>}
                {w.active && (!w.pair?.a || !w.pair?.b) && <Badge tone="danger">AB角未配齐</Badge>}
              </div>
            </Td>
            <Td>{w.pair?.a ? <span className="inline-flex items-center gap-1">{w.pair.a.name}<PresenceBadge status={w.pair.a.presence} /></span> : "—"}</Td>
            <Td>{w.pair?.b ? <span className="inline-flex items-center gap-1">{w.pair.b.name}<PresenceBadge status={w.pair.b.presence} /></span> : "—"}</Td>
            <Td>
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {w.items.map((i) => (
                  <li key={i.code}>
                    {i.name ? <Link href={`/guide/${encodeURIComponent(i.code)}`} target="_blank" className="text-brand-700 underline">{i.name}</Link> : <span className="text-slate-500">{i.code}（已停用）</span>}
                  </li>
                ))}
              </ul>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
