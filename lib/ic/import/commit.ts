import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit, writeAuditMany } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, DomainError, NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { insertPersons, insertProfiles, updateContacts } from "./bulk-sql";
import { classifyAtCommit, type Classified } from "./classify-commit";
import { ImportCommitInput } from "./schemas";
import type { ImportCommitResult, ImportRow, ImportRowData } from "./row-types";

const CHUNK = 2000;
/** A 20,000-row all-or-nothing commit runs in one transaction; Prisma's 5 s default is far too short. */
const TX_OPTIONS = { timeout: 300_000, maxWait: 15_000 };

type Job = { id: string; version: number; fileName: string; sha256: string; errorCount: number; rows: ImportRow[]; result: Record<string, unknown> };
type Totals = Pick<ImportCommitResult, "created" | "contactsUpdated" | "duplicatesSkipped" | "idConvertedPersonIds" | "createdPersonIds" | "updatedPersonIds"> & {
  lateErrors: ImportCommitResult["lateErrors"];
};

/**
 * X-22 commit with the clerk's choices. Double submits are refused by claiming the job with a
 * version + status check (VALIDATED → COMMITTING) before anything is written.
 */
export async function commitImportJob(scope: Scope, raw: ImportCommitInput): Promise<ImportCommitResult> {
  assertCan(scope, "ic.import");
  const input = ImportCommitInput.parse(raw);
  const started = Date.now();
  const job = await loadOwnJob(scope, input.jobId);
  if (job.status !== "VALIDATED") throw new Conflict("该导入任务已提交过，请勿重复提交");
  if (job.version !== input.version) throw new Conflict("该导入任务已被处理，请刷新页面");
  if (input.mode === "ALL_OR_NOTHING" && job.errorCount > 0) {
    throw new DomainError(`文件中有 ${job.errorCount} 行错误。按“全部正确才导入”方式，本次不写入任何数据；请修正后重新上传，或改选“只导入正确的行”。`);
  }
  const classified = await classifyAtCommit(scope, job.rows);
  const base = { mode: input.mode, duplicates: input.duplicates } as const;

  if (input.mode === "ALL_OR_NOTHING") {
    if (classified.lateErrors.length) {
      const first = classified.lateErrors.slice(0, 3).map((e) => `第 ${e.rowNo} 行：${e.message}`).join("；");
      throw new DomainError(`预览后数据有变化，${classified.lateErrors.length} 行已不能导入（${first}）。整批未导入，请重新上传。`);
    }
    return db.$transaction(async (tx) => {
      await claim(tx, job);
      const totals = emptyTotals();
      await writeChunk(tx, scope, classified, input.duplicates, totals, { allOrNothing: true });
      const result = finish(base, totals, job, started);
      await complete(tx, scope, job, result);
      return result;
    }, TX_OPTIONS);
  }

  await db.$transaction((tx) => claim(tx, job), TX_OPTIONS);
  const totals = emptyTotals();
  totals.lateErrors.push(...classified.lateErrors);
  try {
    for (let i = 0; i < Math.max(classified.fresh.length, classified.duplicates.length); i += CHUNK) {
      const part: Classified = { fresh: classified.fresh.slice(i, i + CHUNK), duplicates: classified.duplicates.slice(i, i + CHUNK), lateErrors: [] };
      await db.$transaction(async (tx) => {
        const before = { created: totals.created, updated: totals.contactsUpdated };
        await writeChunk(tx, scope, part, input.duplicates, totals, { allOrNothing: false });
        // Each chunk is audited in its own transaction: an event exists exactly for what was committed.
        await writeAudit(tx, actorOf(scope), {
          action: "IMPORT", entityType: "ImportJob", entityId: job.id, orgPath: scope.orgPath,
          diff: { stage: "chunk", from: i, sha256: job.sha256, created: totals.created - before.created, contactsUpdated: totals.contactsUpdated - before.updated },
        });
      }, TX_OPTIONS);
    }
  } catch (e) {
    await db.importJob.update({ where: { id: job.id }, data: { status: "FAILED", result: { ...job.result, commit: finish(base, totals, job, started) } as object } });
    throw e;
  }
  const result = finish(base, totals, job, started);
  await db.$transaction((tx) => complete(tx, scope, job, result), TX_OPTIONS);
  return result;
}

async function loadOwnJob(scope: Scope, id: string) {
  // The commit choice belongs to whoever uploaded the file; others in scope may only look.
  const job = await scopedDb(scope).importJob.findFirst({ where: { id, createdById: scope.userId } });
  if (!job) throw new NotFound("导入任务不存在或无权操作");
  return { ...job, rows: job.rows as unknown as ImportRow[], result: (job.result ?? {}) as Record<string, unknown> };
}

async function claim(tx: Tx, job: Pick<Job, "id" | "version">) {
  const { count } = await tx.importJob.updateMany({
    where: { id: job.id, version: job.version, status: "VALIDATED" },
    data: { status: "COMMITTING", version: { increment: 1 } },
  });
  if (count !== 1) throw new Conflict("该导入任务已提交过，请勿重复提交");
}

async function writeChunk(tx: Tx, scope: Scope, part: Classified, duplicates: "SKIP" | "UPDATE_CONTACT", totals: Totals, opts: { allOrNothing: boolean }) {
  const personIds = await insertPersons(tx, scope, part.fresh.map((f) => f.data));
  const created: { personId: string; row: ImportRowData }[] = [];
  for (const f of part.fresh) {
    const personId = personIds.get(f.data.idHash);
    if (personId) created.push({ personId, row: f.data });
    else if (opts.allOrNothing) throw new Conflict(`第 ${f.rowNo} 行的身份证号刚刚已被他人登记，整批未导入，请重新上传`);
    else totals.lateErrors.push({ rowNo: f.rowNo, message: "该身份证号刚刚已被他人登记" });
  }
  await insertProfiles(tx, scope, created);
  totals.created += created.length;
  totals.createdPersonIds.push(...created.map((c) => c.personId));
  const converted = created.filter((c) => c.row.idConverted).map((c) => c.personId);
  if (converted.length) await tx.person.updateMany({ where: { id: { in: converted } }, data: { idConverted: true } });
  totals.idConvertedPersonIds.push(...converted);
  // Each imported person's own history shows where it came from (X-01 CREATE), in one chained append.
  await writeAuditMany(tx, actorOf(scope), created.map((c) => ({
    action: "CREATE" as const, entityType: "Person", entityId: c.personId, personId: c.personId, orgPath: c.row.unitPath,
    reason: c.row.idConverted ? "批量导入（15位身份证号已转换，待核实）" : "批量导入",
  })));
  if (duplicates === "UPDATE_CONTACT") {
    const updated = await updateContacts(tx, scope, part.duplicates.map((d) => d.data));
    totals.contactsUpdated += updated.length;
    totals.updatedPersonIds.push(...updated);
    totals.duplicatesSkipped += part.duplicates.length - updated.length;
  } else totals.duplicatesSkipped += part.duplicates.length;
}

async function complete(tx: Tx, scope: Scope, job: Job, result: ImportCommitResult) {
  await tx.importJob.update({ where: { id: job.id }, data: { status: "COMMITTED", committedAt: new Date(), result: { ...job.result, commit: result } as object } });
  // X-01 IMPORT: file hash and rows accepted / rejected (person ids stay in ImportJob.result).
  await writeAudit(tx, actorOf(scope), {
    action: "IMPORT", entityType: "ImportJob", entityId: job.id, orgPath: scope.orgPath,
    diff: {
      stage: "done", fileName: job.fileName, sha256: job.sha256, mode: result.mode, duplicates: result.duplicates,
      accepted: result.created + result.contactsUpdated, rejected: result.rejected, created: result.created,
      contactsUpdated: result.contactsUpdated, duplicatesSkipped: result.duplicatesSkipped, idConverted: result.idConvertedPersonIds.length,
    },
  });
}

function emptyTotals(): Totals {
  return { created: 0, contactsUpdated: 0, duplicatesSkipped: 0, idConvertedPersonIds: [], createdPersonIds: [], updatedPersonIds: [], lateErrors: [] };
}

function finish(base: Pick<ImportCommitResult, "mode" | "duplicates">, t: Totals, job: Job, started: number): ImportCommitResult {
  return { ...base, ...t, rejected: job.errorCount + t.lateErrors.length, ms: Date.now() - started };
}
