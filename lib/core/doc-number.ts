import "server-only";
import type { Tx } from "./db";
import { todayInShanghai } from "./calendar-math";

/**
 * Printable kinds. The code is the first segment of every number, so the public
 * verification page can name the document type from the number alone.
 */
export const DOCUMENT_KINDS = {
  COVER: "一人一档封面及材料目录",
  CARD: "联系服务卡",
  NOTICE: "一次性告知单",
  RECEIPT: "办结回执",
  ENTRUST: "帮办代办委托登记表",
  HANDOVER: "材料交接单",
  HOME: "上门服务记录单",
  ROSTER: "午间值班表",
  EVALFORM: "服务评价表",
  ANALYSIS: "服务评价分析报告",
} as const satisfies Record<string, string>;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/**
 * Increments a DocumentCounter row and returns the new value. One `INSERT … ON CONFLICT DO
 * UPDATE` statement: the row lock makes concurrent callers queue, so no two get the same value,
 * and inside the caller's transaction a rollback gives the number back (gap-free, X-50).
 */
export async function nextCounterValue(tx: Tx, key: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "DocumentCounter" ("key", "value") VALUES (${key}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "DocumentCounter"."value" + 1
    RETURNING "value"`;
  return rows[0].value;
}

/** `{kind}-{unitCode}-{yyyy}-{seq6}`, numbered per kind, unit and (Shanghai) calendar year. */
export async function nextDocumentNo(tx: Tx, kind: DocumentKind, unitCode: string, now = new Date()): Promise<string> {
  const year = todayInShanghai(now).slice(0, 4);
  const seq = await nextCounterValue(tx, `DOC:${kind}-${unitCode}-${year}`);
  return `${kind}-${unitCode}-${year}-${String(seq).padStart(6, "0")}`;
}

const DOC_NO_RE = /^([A-Z]+)-(\d{6,12})-(\d{4})-(\d{6,})$/;

/** Splits a number made by nextDocumentNo; `null` for anything else (the public page's input). */
export function parseDocumentNo(docNo: string): { kind: DocumentKind; unitCode: string; year: number; seq: number } | null {
  const m = DOC_NO_RE.exec(docNo);
  if (!m || !(m[1] in DOCUMENT_KINDS)) return null;
  return { kind: m[1] as DocumentKind, unitCode: m[2], year: Number(m[3]), seq: Number(m[4]) };
}
