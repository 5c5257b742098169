// The part of the bench that runs the app's own server code in-process (started by
// bench/lib-worker.ts in a child process: plain Node conditions, because lib/core/scope imports
// next/navigation, which needs React's client build; "server-only" is stubbed by a resolve hook).
//
//   record  — runs what each information-collection page runs (same lib functions, same scope) on a
//             Prisma client whose pg pool records every statement, so the bench's "SQL alone"
//             column replays exactly the page's SQL and stays in step with lib/ic by construction.
//   import  — the import-10k scenario: a 10,000-row workbook in the real template, uploaded over
//             HTTP with the clerk's session, the preview page, then the commit through the service
//             (commitImportJob) in-process with the importing user's scope.
import fs from "node:fs";
import ExcelJS from "exceljs";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { db } from "../lib/core/db";
import { blindIndex } from "../lib/core/crypto";
import type { Scope } from "../lib/core/scope";
import { listReviewQueue, reviewStageCounts } from "../lib/ic/review/queries";
import { listChangeSetQueue } from "../lib/ic/change-sets/queries";
import { STAGE_OF_LEVEL } from "../lib/ic/review/stage";
import { getProfileView } from "../lib/ic/profile-queries";
import { runReport } from "../lib/ic/reports/run-report";
import { buildImportTemplate } from "../lib/ic/import/template";
import { IMPORT_COLUMNS, type ImportColumnKey } from "../lib/ic/import/columns";
import { commitImportJob } from "../lib/ic/import/commit";
import { CATEGORY_LABELS } from "../lib/ic/labels";
import { parseCategory } from "../lib/ic/import/validate-row";
import type { SubjectCategory } from "../lib/generated/prisma/enums";
import { generatePersons, type GeneratedPerson } from "../prisma/seed/person-generator";
import type { Step } from "./lib-stats";
import { scopeOf, session } from "./worker-session";
import { hallPages } from "./record-hall";

export type RecordRequest = { mode: "record"; profileId: string; caseId: string };
export type RecordResult = { steps: Record<string, Step[]>; writes: Record<string, number> };
export type ImportRequest = { mode: "import"; base: string; cookie: string; username: string; rows: number };
export type ImportResult = {
  rows: number; jobId: string; validCount: number; errorCount: number; created: number; mode: string;
  workbookSec: number; uploadSec: number; previewSec: number; previewStatus: number; commitSec: number; fileKB: number;
  /** Dropdown labels of the template that the row validator does not accept (typed short forms used instead). */
  rejectedLabels: string[];
};

// ---- a Prisma client that records its SQL -------------------------------------------------------
type Recorded = { text: string; values: unknown[]; inTx: boolean };
let recording: Recorded[] | null = null;

function installRecordingClient(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("connect", (client) => {
    let inTx = false;
    const original = client.query.bind(client) as (...a: unknown[]) => unknown;
    (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const q = args[0] as string | { text?: string; values?: unknown[] };
      const text = typeof q === "string" ? q : q?.text;
      if (text !== undefined && recording) {
        if (/^\s*BEGIN\b/i.test(text)) inTx = true;
        recording.push({ text, values: (typeof q === "object" ? q.values : (args[1] as unknown[] | undefined)) ?? [], inTx });
        if (/^\s*(COMMIT|ROLLBACK)\b/i.test(text)) inTx = false;
      }
      return original(...args);
    };
  });
  // lib/core/db creates its client lazily into this global: ours is used by every lib function.
  (globalThis as unknown as { __prisma?: PrismaClient }).__prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
}

// ---- record ---------------------------------------------------------------------------------------
async function record(req: RecordRequest): Promise<RecordResult> {
  const [districtReviewer, cityReviewer] = await Promise.all([scopeOf("district_reviewer"), scopeOf("city_reviewer")]);
  // Keep in step with the pages: app/(staff)/ic/review/page.tsx, ic/[id]/page.tsx, ic/reports/[report]/page.tsx.
  const reviewDesk = (s: Scope) => async () => {
    await session(s);
    await Promise.all([reviewStageCounts(s), listChangeSetQueue(s), listReviewQueue(s, { stage: STAGE_OF_LEVEL[s.level], page: 1 })]);
  };
  const pages: Record<string, () => Promise<unknown>> = {
    "review-queue": reviewDesk(districtReviewer),
    "review-queue-city": reviewDesk(cityReviewer),
    "profile-detail": async () => {
      await session(districtReviewer);
      await getProfileView(districtReviewer, req.profileId);
    },
    "census-city": async () => {
      await session(cityReviewer);
      await runReport(cityReviewer, "census", {});
    },
    ...(await hallPages(req.caseId)),
  };
  const out: RecordResult = { steps: {}, writes: {} };
  for (const [name, page] of Object.entries(pages)) {
    await page(); // warm the per-process caches (work calendar, settings) as a running server has them
    recording = [];
    await page();
    const statements = recording;
    recording = null;
    // Statements inside a transaction are the audited-view write (lock + chain head + INSERT): they
    // cannot be replayed (the chain hash is unique), so the SQL column counts the reads only.
    out.steps[name] = statements.filter((s) => !s.inTx).map((s) => [s.text, s.values] as Step);
    out.writes[name] = statements.filter((s) => s.inTx && !/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(s.text)).length;
  }
  return out;
}

// ---- import ---------------------------------------------------------------------------------------
/** Categories of the generated rows: mostly discharged soldiers, as in the scale seed. */
const CATEGORY_CYCLE: SubjectCategory[] = [
  ...Array<SubjectCategory>(14).fill("DISCHARGED_SOLDIER"), "TRANSFERRED_OFFICER", "RETIRED_NCO", "DISABLED_VETERAN",
  "ACTIVE_SERVICEMAN_RELATIVE", "MARTYR_SURVIVOR", "DISCHARGED_SOLDIER",
];

/**
 * The text a clerk puts in a category cell: the template's dropdown label — unless the row
 * validator refuses that label, in which case the short form a clerk would type (and the label is
 * reported, since it is a bug of the importer, not a figure of this bench).
 */
function categoryTexts(): { text: Record<SubjectCategory, string>; rejected: string[] } {
  const text = { ...CATEGORY_LABELS };
  const rejected: string[] = [];
  for (const [code, label] of Object.entries(CATEGORY_LABELS) as [SubjectCategory, string][]) {
    if (parseCategory(label) === code) continue;
    rejected.push(label);
    const short = label.replace(/（.*）$/, "");
    if (parseCategory(short) !== code) throw new Error(`人员类别“${label}”无法导入`);
    text[code] = short;
  }
  return { text, rejected };
}

/**
 * New people for the import: the scale seed's generator stream (same seed) continued past every
 * entry the seeding consumed, so no (birth date, sequence) pair — hence no ID — repeats a seeded
 * one; checked against the blind index anyway. Villages are the importer's, so every row is in scope.
 */
async function newPeople(scope: Scope, count: number): Promise<GeneratedPerson[]> {
  const villages = await db.orgUnit.findMany({
    where: { path: { startsWith: scope.orgPath }, level: "VILLAGE", active: true }, orderBy: { code: "asc" }, select: { code: true, name: true },
  });
  if (villages.length === 0) throw new Error(`${scope.username} 的管辖范围内没有村（社区）`);
  const seeded = await db.person.count();
  const stream = generatePersons({ count: 20_000_000, seed: 20240630, villages });
  for (let i = 0; i < seeded; i++) stream.next();
  const people: GeneratedPerson[] = [];
  while (people.length < count) {
    const batch: GeneratedPerson[] = [];
    while (batch.length < count - people.length) batch.push(stream.next().value as GeneratedPerson);
    const taken = new Set(
      (await db.person.findMany({ where: { idNumberHash: { in: batch.map((p) => blindIndex(p.idNumber)) } }, select: { idNumberHash: true } })).map((p) => p.idNumberHash),
    );
    people.push(...batch.filter((p) => !taken.has(blindIndex(p.idNumber))));
  }
  return people;
}

/** The real template (lib/ic/import/template.ts) filled in, as a clerk would upload it. */
async function workbookOf(people: GeneratedPerson[], category: Record<SubjectCategory, string>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildImportTemplate()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  people.forEach((p, i) => {
    const cells: Partial<Record<ImportColumnKey, string>> = {
      idNumber: p.idNumber, name: p.name, mobile: p.mobile ?? undefined, landline: p.landline ?? undefined, unit: p.villageCode,
      primaryCategory: category[CATEGORY_CYCLE[i % CATEGORY_CYCLE.length]], category2: i % 50 === 7 ? category.DISABLED_VETERAN : undefined,
      hukouAddress: p.hukouAddress,
    };
    const row = ws.getRow(i + 2);
    IMPORT_COLUMNS.forEach((c, j) => {
      if (cells[c.key] !== undefined) row.getCell(j + 1).value = cells[c.key]!;
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function runImport(req: ImportRequest): Promise<ImportResult> {
  const scope = await scopeOf(req.username);
  let t = performance.now();
  const lap = () => {
    const s = (performance.now() - t) / 1000;
    t = performance.now();
    return Math.round(s * 100) / 100;
  };
  const categories = categoryTexts();
  const bytes = await workbookOf(await newPeople(scope, req.rows), categories.text);
  const workbookSec = lap();

  // Upload + parse + validate: the real route handler (multipart, session cookie) → 303 to the preview.
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), "bench-import-10k.xlsx");
  const res = await fetch(`${req.base}/api/ic/xlsx/import`, { method: "POST", body: form, headers: { cookie: req.cookie }, redirect: "manual" });
  await res.arrayBuffer();
  const uploadSec = lap();
  const location = res.headers.get("location") ?? "";
  const jobId = /^\/ic\/import\/([^/?#]+)$/.exec(new URL(location, req.base).pathname)?.[1];
  if (res.status !== 303 || !jobId) throw new Error(`上传失败：HTTP ${res.status} → ${location}`);

  // The page the browser is redirected to.
  const preview = await fetch(`${req.base}/ic/import/${jobId}`, { headers: { cookie: req.cookie } });
  await preview.text();
  const previewSec = lap();

  // The commit: the server action's service, in-process, as the importing user, with the form's default choice.
  const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { version: true, validCount: true, errorCount: true } });
  const mode = job.errorCount ? "VALID_ONLY" : "ALL_OR_NOTHING";
  lap();
  const result = await commitImportJob(scope, { jobId, version: job.version, mode, duplicates: "SKIP" });
  const commitSec = lap();
  return {
    rows: req.rows, jobId, validCount: job.validCount, errorCount: job.errorCount, created: result.created, mode,
    workbookSec, uploadSec, previewSec, previewStatus: preview.status, commitSec, fileKB: Math.round(bytes.length / 1024),
    rejectedLabels: categories.rejected,
  };
}

// ---- entry ----------------------------------------------------------------------------------------
async function main() {
  const [reqPath, outPath] = process.argv.slice(2);
  const req = JSON.parse(fs.readFileSync(reqPath, "utf8")) as RecordRequest | ImportRequest;
  installRecordingClient(process.env.DATABASE_URL!);
  const out = req.mode === "record" ? await record(req) : await runImport(req);
  fs.writeFileSync(outPath, JSON.stringify(out, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error("[bench:worker]", e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  },
);
