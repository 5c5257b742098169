import { formatShanghaiDateTime } from "@/lib/core/pdf/time";

type H = { id: string; at: Date; from: string; to: string; reason: string | null; actorName: string };

/** The status history the workflow engine wrote (newest first). */
export function HistoryList({ rows, labels }: { rows: H[]; labels: Record<string, string> }) {
  if (rows.length === 0) return null;
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">办理记录</h2>
      <ul className="flex flex-col gap-1 text-sm" data-testid="history-list">
        {rows.map((h) => (
          <li key={h.id}>
            {formatShanghaiDateTime(h.at)} {h.actorName}：{h.from ? `${labels[h.from] ?? h.from} → ` : ""}{labels[h.to] ?? h.to}
            {h.reason && `（${h.reason}）`}
          </li>
        ))}
      </ul>
    </section>
  );
}
