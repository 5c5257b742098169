import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { decryptField } from "@/lib/core/crypto";
import { nextCounterValue } from "@/lib/core/doc-number";
import { DomainError } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { inScope, type Scope } from "@/lib/core/scope";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { fireTransitionMany } from "@/lib/core/workflow";
import { getBlobStore } from "@/lib/core/storage/blob-store";
import { newBlobKey } from "@/lib/core/storage/blob-key";
import { profileWorkflow } from "@/lib/ic/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildProvincialFile } from "./provincial-file";
import { currentProvincialTemplate, type ProvincialRow } from "./provincial-template";
import { ProvincialBatchInput } from "./schemas";

// One batch at a time city-wide: two admins pressing "create" together must not both pick up the
// same dirty records (the second waits, then finds them already exported).
const BATCH_LOCK_KEY = 7_302_101;
const TX_OPTIONS = { timeout: 600_000, maxWait: 30_000 };

/** FULL = everything active (CITY_APPROVED/EXPORTED); DELTA = changed since the last export, incl. deactivations of exported files. */
function selection(scope: Scope, mode: "FULL" | "DELTA"): Prisma.SubjectProfileWhereInput {
  const base = { ...inScope(scope), deletedAt: null };
  if (mode === "FULL") return { ...base, status: { in: ["CITY_APPROVED", "EXPORTED"] } };
  return {
    ...base,
    exportDirty: true,
    OR: [{ status: { in: ["CITY_APPROVED", "EXPORTED"] } }, { status: "INACTIVE", exportedAt: { not: null } }],
  };
}

/**
 * Errata A4 + X-12: the provincial batch is an unmasked export, so it needs CITY ADMIN with
 * EXPORT_UNMASKED, a reason, and a password-protected file whose password is returned ONCE (it is
 * stored nowhere). CITY_APPROVED records move to EXPORTED through the workflow engine (§3.1.4).
 */
export async function createProvincialBatch(scope: Scope, raw: ProvincialBatchInput) {
  assertCan(scope, "ic.provincialExport");
  const input = ProvincialBatchInput.parse(raw);
  const template = await currentProvincialTemplate();
  const store = getBlobStore();
  let storedKey: string | undefined;
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BATCH_LOCK_KEY})`;
      const profiles = await tx.subjectProfile.findMany({
        where: selection(scope, input.mode),
        orderBy: [{ orgPath: "asc" }, { id: "asc" }],
        select: {
          id: true, status: true, version: true, orgPath: true, personId: true, fileNo: true, categories: true, primaryCategory: true, inactiveReason: true,
          person: { select: { name: true, idNumberCipher: true, gender: true, birthDate: true, mobile: true, landline: true, orgUnit: { select: { code: true } } } },
        },
      });
      if (profiles.length === 0) throw new DomainError(input.mode === "DELTA" ? "自上次上报以来没有变更的记录，无需增量上报" : "没有可上报的记录（市级审核通过或已上报）");
      const rows: ProvincialRow[] = profiles.map((p) => ({
        fileNo: p.fileNo, name: p.person.name, idNumber: decryptField(p.person.idNumberCipher), gender: p.person.gender, birthDate: p.person.birthDate,
        primaryCategory: p.primaryCategory, categories: p.categories, unitCode: p.person.orgUnit.code, phone: p.person.mobile ?? p.person.landline,
        status: p.status, inactiveReason: p.inactiveReason,
      }));
      const now = new Date();
      const batchNo = `PROV-${todayInShanghai(now).slice(0, 4)}-${String(await nextCounterValue(tx, `IC:PROV-EXPORT:${todayInShanghai(now).slice(0, 4)}`)).padStart(4, "0")}`;
      const file = await buildProvincialFile(scope, template, rows, { batchNo, mode: input.mode, at: now });
      storedKey = newBlobKey("ic-exports", now);
      await store.put(storedKey, file.bytes);
      const batch = await tx.profileExportBatch.create({
        data: {
          batchNo, mode: input.mode, createdById: scope.userId, profileIds: profiles.map((p) => p.id), recordCount: profiles.length,
          fileKey: storedKey, sha256: file.sha256, templateVersion: template.version, orgPath: scope.orgPath,
        },
      });
      await markExported(tx, scope, profiles, batch.id, now);
      await writeAudit(tx, actorOf(scope), {
        action: "EXPORT", entityType: "ProfileExportBatch", entityId: batch.id, orgPath: scope.orgPath, reason: input.reason,
        diff: {
          list: "省级上报", criteria: { mode: input.mode }, rowCount: profiles.length, masked: false, passwordProtected: true,
          sha256: file.sha256, batchNo, templateVersion: template.version,
        },
      });
      return { batchId: batch.id, batchNo, recordCount: profiles.length, password: file.password };
    }, TX_OPTIONS);
  } catch (e) {
    if (storedKey) await store.delete(storedKey).catch(() => undefined);
    throw e;
  }
}

type Picked = { id: string; status: string; version: number; orgPath: string; personId: string };

async function markExported(tx: Tx, scope: Scope, profiles: readonly Picked[], batchId: string, now: Date) {
  const approved = profiles.filter((x) => x.status === "CITY_APPROVED");
  // One set-wise transition: per-record fireTransition held the audit lock ~6.6 ms per profile.
  await fireTransitionMany(tx, profileWorkflow, scope, {
    records: approved.map((p) => ({ id: p.id, status: "CITY_APPROVED" as const, orgPath: p.orgPath, personId: p.personId })),
    action: "export",
    commitMany: async (t, to) => {
      // The version check per row: every (id, version) pair must still match.
      const rows = await t.$queryRaw<{ n: bigint }[]>`
        WITH target AS (SELECT unnest(${approved.map((p) => p.id)}::text[]) AS id, unnest(${approved.map((p) => p.version)}::int[]) AS version)
        UPDATE "SubjectProfile" s SET status = ${to}::"ProfileStatus", "statusSince" = ${now}, "exportDirty" = false,
          "exportedAt" = ${now}, "exportBatchId" = ${batchId}, version = s.version + 1, "updatedAt" = ${now}
        FROM target WHERE s.id = target.id AND s.version = target.version AND s.status = 'CITY_APPROVED'
        RETURNING 1 AS n`;
      return rows.length;
    },
  });
  // Already EXPORTED (re-sent in FULL, or changed contact data in DELTA) and exported-then-deactivated
  // files change no status: they are only stamped with this batch.
  const others = profiles.filter((x) => x.status !== "CITY_APPROVED").map((x) => x.id);
  if (others.length) {
    await tx.subjectProfile.updateMany({ where: { id: { in: others } }, data: { exportDirty: false, exportedAt: now, exportBatchId: batchId } });
  }
}
