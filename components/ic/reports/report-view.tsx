import Link from "next/link";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import type { ReportResult } from "@/lib/ic/reports/types";
import { reportHref } from "./report-links";

/**
 * Renders any §3.1.5 report: notes, then its tables. A row standing for a child unit links to
 * the same report one level down (city → district → town → village).
 */
export function ReportView({ report, reportKey, basis }: { report: ReportResult; reportKey: string; basis?: string }) {
  // Several tables list the same child units; only the first carries the test ids, so each is unique.
  const firstUnitTable = report.tables.findIndex((t) => t.rows.some((r) => r.unitCode));
  return (
    <div className="flex flex-col gap-6">
      {report.notes.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-600">
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {report.tables.map((t, ti) => (
        <Card key={t.title}>
          <CardHeader title={t.title} />
          <CardContent className="p-0">
            {t.rows.length === 0 ? (
              <p className="px-5 py-6 text-sm text-slate-600">暂无数据</p>
            ) : (
              <Table caption={t.title} className="border-0">
                <THead>
                  <Tr>
                    {t.columns.map((c) => (
                      <Th key={c}>{c}</Th>
                    ))}
                  </Tr>
                </THead>
                <TBody>
                  {t.rows.map((r, i) => (
                    <Tr key={r.unitCode ?? `row-${i}`}>
                      {r.cells.map((cell, j) => (
                        <Td key={j} className={j > 0 && typeof cell === "number" ? "tabular-nums" : undefined}>
                          {j === 0 && r.unitCode ? (
                            <Link href={reportHref(reportKey, { unit: r.unitCode, basis })} className="text-brand-700 hover:underline" data-testid={ti === firstUnitTable ? `report-unit-${r.unitCode}` : undefined}>
                              {cell}
                            </Link>
                          ) : (
                            (cell ?? "—")
                          )}
                        </Td>
                      ))}
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
