import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import type { ImportErrorRowView } from "@/lib/ic/import/queries";

/** The first rows with errors (or warnings), each message naming its column. */
export function RowIssuesTable({ rows, kind, caption }: { rows: readonly ImportErrorRowView[]; kind: "errors" | "warnings"; caption: string }) {
  if (rows.length === 0) return null;
  return (
    <Table caption={caption} data-testid={`import-${kind}-table`}>
      <THead>
        <Tr>
          <Th>行号</Th>
          <Th>姓名</Th>
          <Th>身份证号</Th>
          <Th>{kind === "errors" ? "错误说明" : "提示"}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.rowNo}>
            <Td className="tabular-nums">{r.rowNo}</Td>
            <Td>{r.name}</Td>
            <Td className="font-mono tabular-nums">{r.idMasked}</Td>
            <Td>
              <ul className="list-none space-y-0.5">
                {kind === "errors"
                  ? r.errors.map((e, i) => (
                      <li key={i}>
                        <span className="font-medium">【{e.column}】</span>
                        {e.message}
                      </li>
                    ))
                  : r.warnings.map((w, i) => <li key={i}>{w}</li>)}
              </ul>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
