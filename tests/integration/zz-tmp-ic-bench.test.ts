import { it } from "vitest";
import ExcelJS from "exceljs";
import { buildImportTemplate } from "@/lib/ic/import/template";
import { createImportJob } from "@/lib/ic/import/create-job";
import { commitImportJob } from "@/lib/ic/import/commit";
import { IMPORT_COLUMNS } from "@/lib/ic/import/columns";
import { computeIdCheckDigit } from "@/lib/core/validators/id-number";
import { makeTree, makeUser } from "../support/factories";

it("bench 10k", async () => {
  const tree = await makeTree();
  const clerk = await makeUser(tree.townA, "CLERK");
  for (const mode of ["ALL_OR_NOTHING", "VALID_ONLY"] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildImportTemplate()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const base = mode === "VALID_ONLY" ? 500000 : 0;
    for (let i = 0; i < 10000; i++) {
      const seq = String(base + i).padStart(6, "0");
      const first17 = `37020219${String(50 + (i % 40)).padStart(2, "0")}0101${seq.slice(-3)}`.slice(0, 14) + seq.slice(-3);
      const f17 = `3702${seq.slice(0,2)}19${String(50 + (i % 40))}${String(1 + (i % 12)).padStart(2, "0")}${String(1 + (Math.floor(i/12) % 28)).padStart(2, "0")}${seq.slice(-3)}`;
      void first17;
      const id = f17 + computeIdCheckDigit(f17);
      const r: Record<string, string> = { idNumber: id, name: "王建国", mobile: "13912345678", unit: tree.villageA.code, primaryCategory: "退役士兵", hukouAddress: "测试地址" };
      IMPORT_COLUMNS.forEach((c, j) => (ws.getCell(i + 2, j + 1).value = r[c.key] ?? null));
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    let t = Date.now();
    const job = await createImportJob(clerk.scope, { name: "bench.xlsx", bytes });
    console.log(mode, "upload+validate ms", Date.now() - t, job.validCount, job.errorCount, "bytes", bytes.length);
    t = Date.now();
    const res = await commitImportJob(clerk.scope, { jobId: job.id, version: 0, mode, duplicates: "SKIP" });
    console.log(mode, "commit ms", Date.now() - t, res.created, res.rejected);
  }
}, 600_000);
