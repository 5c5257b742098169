import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/core/db";
import { FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { LocalBlobStore } from "@/lib/core/storage/local-blob-store";
import { getBlobStore, setBlobStore } from "@/lib/core/storage/blob-store";
import { nextDocumentNo } from "@/lib/core/doc-number";
import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { createPerson } from "@/lib/persons/services";
import { syncDocumentChecklist } from "@/lib/ic/assessment";
import { uploadDocumentFiles } from "@/lib/ic/documents/upload";
import { removeAttachment, setDocumentStatus, setOriginalSighted } from "@/lib/ic/documents/services";
import { getDocumentChecklist } from "@/lib/ic/documents/queries";
import { openAttachment } from "@/lib/ic/documents/attachment-access";
import { printCoverSheet } from "@/lib/ic/print/cover-sheet";
import { unsafeVerifyDocument } from "@/lib/ic/print/verify";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";
import { pngBytes } from "../support/png";
import { PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from "pdf-lib";

/**
 * The embedded CJK font subsets (FontFile3 / CIDFontType0C). A broken subset is invisible to
 * pdf-lib and to text extraction, but viewers reject it and print blank glyphs (lib/core/pdf/fontkit-patch.ts).
 */
async function embeddedCffHeaders(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const out: number[][] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream && obj.dict.get(PDFName.of("Subtype")) === PDFName.of("CIDFontType0C")) {
      out.push([...decodePDFRawStream(obj).decode().subarray(0, 4)]);
    }
  }
  return out;
}

// ---- real file bytes, so sniffing and the header reader see what a browser would send ----------
const png = (width: number, height: number) => new Uint8Array(pngBytes(width, height));
const pdf = (size = 64) => {
  const b = Buffer.alloc(size, 0x20);
  b.write("%PDF-1.4\n", 0, "latin1");
  return new Uint8Array(b);
};
const exe = new Uint8Array(Buffer.concat([Buffer.from("MZ", "latin1"), Buffer.alloc(200)]));
const zip = (() => {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(5, 26);
  return new Uint8Array(Buffer.concat([h, Buffer.from("a.txt"), Buffer.alloc(64)]));
})();

const blobDir = mkdtempSync(path.join(os.tmpdir(), "ic-blobs-"));
beforeAll(() => setBlobStore(new LocalBlobStore(blobDir)));
afterAll(() => {
  setBlobStore(undefined);
  rmSync(blobDir, { recursive: true, force: true });
});

type Unit = Awaited<ReturnType<typeof makeTree>>["villageA"];

async function makeProfile(unit: Unit, clerk: Scope, opts: { status?: ProfileStatus; name?: string } = {}) {
  const person = await createPerson(clerk, { idNumber: randomIdNumber(), name: opts.name ?? "王建国", mobile: "13800138000", orgUnitId: unit.id });
  if (!person.created) throw new Error("expected a new person");
  const p = await db.subjectProfile.create({
    data: {
      personId: person.id, categories: ["DISCHARGED_SOLDIER"], primaryCategory: "DISCHARGED_SOLDIER", collectedById: clerk.userId,
      collectionChannel: "WINDOW", orgUnitId: unit.id, orgPath: unit.path, status: opts.status ?? "DRAFT",
    },
  });
  await db.$transaction((tx) => syncDocumentChecklist(tx, p.id));
  return p;
}

async function setup(opts: { status?: ProfileStatus; name?: string } = {}) {
  const tree = await makeTree();
  const clerk = await makeUser(tree.villageA, "CLERK");
  const sibling = await makeUser(tree.townB, "CLERK");
  const reviewer = await makeUser(tree.townA, "REVIEWER");
  const profile = await makeProfile(tree.villageA, clerk.scope, opts);
  const rowOf = async (docType: string) => (await getDocumentChecklist(clerk.scope, profile.id)).rows.find((r) => r.docType === docType)!;
  return { tree, clerk: clerk.scope, sibling: sibling.scope, reviewer: reviewer.scope, profile, rowOf };
}

const upload = (scope: Scope, profileId: string, docType: string, files: { name: string; bytes: Uint8Array }[]) =>
  uploadDocumentFiles(scope, { profileId, docType: docType as never }, files);

describe("source-document uploads (V-FILE, V-PHOTO)", () => {
  it("stores a PNG named .pdf as PNG, marks the row provided and keeps the blob", async () => {
    const { clerk, profile, rowOf } = await setup();
    const bytes = png(40, 40);
    const { attachmentIds } = await upload(clerk, profile.id, "ID_CARD", [{ name: "C:\\扫描\\身份证.pdf", bytes }]);
    const a = await db.attachment.findUniqueOrThrow({ where: { id: attachmentIds[0] } });
    expect(a).toMatchObject({ mime: "image/png", fileName: "身份证.png", sensitivity: "SENSITIVE", scanStatus: "NOT_SCANNED", orgPath: profile.orgPath });
    expect([...(await getBlobStore().get(a.fileKey))]).toEqual([...bytes]);
    const row = await rowOf("ID_CARD");
    expect(row.provided).toBe("YES");
    expect(row.attachments).toHaveLength(1);
    const audit = await db.auditEvent.findFirst({ where: { action: "CREATE", entityType: "Attachment", entityId: a.id } });
    expect(audit?.personId).toBe(profile.personId);
  });

  it("refuses executable and zip content whatever the name, with a Chinese message, storing nothing", async () => {
    const { clerk, profile } = await setup();
    for (const bytes of [exe, zip]) {
      const err = await upload(clerk, profile.id, "HUKOU_BOOKLET", [{ name: "户口本.pdf", bytes }]).catch((e) => e);
      expect(err).toBeInstanceOf(FieldError);
      expect(err.message).toContain("不是PDF、JPG或PNG文件");
    }
    expect(await db.attachment.count({ where: { check: { profileId: profile.id } } })).toBe(0);
  });

  it("refuses a file over 10 MB and a batch that would pass 20 files on one row", async () => {
    const { clerk, profile } = await setup();
    const big = await upload(clerk, profile.id, "HUKOU_BOOKLET", [{ name: "big.pdf", bytes: pdf(10 * 1024 * 1024 + 1) }]).catch((e) => e);
    expect(big).toBeInstanceOf(FieldError);
    expect(big.message).toContain("超过10MB");
    await upload(clerk, profile.id, "HUKOU_BOOKLET", Array.from({ length: 19 }, (_, i) => ({ name: `p${i}.pdf`, bytes: pdf() })));
    const over = await upload(clerk, profile.id, "HUKOU_BOOKLET", [{ name: "a.pdf", bytes: pdf() }, { name: "b.pdf", bytes: pdf() }]).catch((e) => e);
    expect(over).toBeInstanceOf(FieldError);
    expect(over.message).toContain("最多20个");
    expect(await db.attachment.count({ where: { check: { profileId: profile.id }, deletedAt: null } })).toBe(19);
  });

  it("PHOTO: too small, landscape and PDF are refused; a 300×420 portrait PNG is accepted", async () => {
    const { clerk, profile } = await setup();
    const small = await upload(clerk, profile.id, "PHOTO", [{ name: "p.png", bytes: png(200, 300) }]).catch((e) => e);
    expect(small.message).toContain("至少需要295×413像素");
    const landscape = await upload(clerk, profile.id, "PHOTO", [{ name: "p.png", bytes: png(500, 420) }]).catch((e) => e);
    expect(landscape.message).toContain("竖版");
    const asPdf = await upload(clerk, profile.id, "PHOTO", [{ name: "p.jpg", bytes: pdf() }]).catch((e) => e);
    expect(asPdf.message).toContain("JPG或PNG");
    await expect(upload(clerk, profile.id, "PHOTO", [{ name: "p.png", bytes: png(300, 420) }])).resolves.toMatchObject({ attachmentIds: [expect.any(String)] });
  });

  it("uploads stop once the profile is submitted", async () => {
    const { clerk, profile } = await setup({ status: "PENDING_INITIAL" });
    await expect(upload(clerk, profile.id, "ID_CARD", [{ name: "a.pdf", bytes: pdf() }])).rejects.toBeInstanceOf(InvalidTransition);
  });
});

describe("checklist rules (IC-03)", () => {
  it("YES needs a scan, NA needs a reason; NA with a reason counts as done", async () => {
    const { clerk, profile, rowOf } = await setup();
    const edu = await rowOf("EDUCATION_CERT");
    const yes = await setDocumentStatus(clerk, { profileId: profile.id, checkId: edu.id, provided: "YES" }).catch((e) => e);
    expect(yes).toBeInstanceOf(FieldError);
    expect(yes.message).toContain("请先上传");
    const na = await setDocumentStatus(clerk, { profileId: profile.id, checkId: edu.id, provided: "NA", naReason: " " }).catch((e) => e);
    expect(na).toMatchObject({ field: "naReason" });
    const before = (await db.subjectProfile.findUniqueOrThrow({ where: { id: profile.id } })).completeness;
    await setDocumentStatus(clerk, { profileId: profile.id, checkId: edu.id, provided: "NA", naReason: "原件遗失，已向学校核实", remark: "见说明" });
    expect(await rowOf("EDUCATION_CERT")).toMatchObject({ provided: "NA", naReason: "原件遗失，已向学校核实", remark: "见说明" });
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: profile.id } })).completeness).toBeGreaterThan(before);
    // Back to NO clears the reason.
    await setDocumentStatus(clerk, { profileId: profile.id, checkId: edu.id, provided: "NO" });
    expect((await rowOf("EDUCATION_CERT")).naReason).toBeNull();
  });

  it("removing the last scan makes the row 未提供 again and drops the original check", async () => {
    const { clerk, profile, rowOf } = await setup();
    const { attachmentIds } = await upload(clerk, profile.id, "ID_CARD", [{ name: "a.pdf", bytes: pdf() }]);
    const row = await rowOf("ID_CARD");
    await setOriginalSighted(clerk, { profileId: profile.id, checkId: row.id, sighted: true });
    expect(await rowOf("ID_CARD")).toMatchObject({ originalSighted: true, verifiedByName: "测试用户" });
    await removeAttachment(clerk, { profileId: profile.id, attachmentId: attachmentIds[0] });
    expect(await rowOf("ID_CARD")).toMatchObject({ provided: "NO", originalSighted: false, attachments: [] });
    expect(await db.auditEvent.count({ where: { action: "DELETE", entityId: attachmentIds[0] } })).toBe(1);
  });

  it("originals: not before the document is provided; reviewers may tick them during review, clerks may not", async () => {
    const { clerk, reviewer, profile, rowOf } = await setup();
    const photo = await rowOf("PHOTO");
    await expect(setOriginalSighted(clerk, { profileId: profile.id, checkId: photo.id, sighted: true })).rejects.toMatchObject({ field: "sighted" });
    await upload(clerk, profile.id, "PHOTO", [{ name: "p.png", bytes: png(300, 420) }]);
    await db.subjectProfile.update({ where: { id: profile.id }, data: { status: "PENDING_INITIAL" } });
    await expect(setOriginalSighted(clerk, { profileId: profile.id, checkId: photo.id, sighted: true })).rejects.toBeInstanceOf(Forbidden);
    await setOriginalSighted(reviewer, { profileId: profile.id, checkId: photo.id, sighted: true });
    const row = await db.sourceDocumentCheck.findUniqueOrThrow({ where: { id: photo.id } });
    expect(row.verifiedById).toBe(reviewer.userId);
    expect(row.verifiedAt).not.toBeNull();
  });
});

describe("scope and audit of attachments (X-30)", () => {
  it("a sibling town's clerk gets NotFound for upload, list, download, status, originals, removal and print", async () => {
    const { clerk, sibling, profile, rowOf } = await setup();
    const { attachmentIds } = await upload(clerk, profile.id, "ID_CARD", [{ name: "a.pdf", bytes: pdf() }]);
    const row = await rowOf("ID_CARD");
    const attempts = [
      () => upload(sibling, profile.id, "ID_CARD", [{ name: "a.pdf", bytes: pdf() }]),
      () => getDocumentChecklist(sibling, profile.id),
      () => openAttachment(sibling, attachmentIds[0]),
      () => setDocumentStatus(sibling, { profileId: profile.id, checkId: row.id, provided: "NO" }),
      () => setOriginalSighted(sibling, { profileId: profile.id, checkId: row.id, sighted: true }),
      () => removeAttachment(sibling, { profileId: profile.id, attachmentId: attachmentIds[0] }),
      () => printCoverSheet(sibling, profile.id, "http://localhost"),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFound);
    expect(await db.attachment.count({ where: { check: { profileId: profile.id }, deletedAt: null } })).toBe(1);
  });

  it("viewing a SENSITIVE scan is audited; a NORMAL one is served without an event", async () => {
    const { clerk, tree, profile } = await setup();
    const districtReviewer = (await makeUser(tree.district, "REVIEWER")).scope;
    const idCard = (await upload(clerk, profile.id, "ID_CARD", [{ name: "id.pdf", bytes: pdf() }])).attachmentIds[0];
    const photo = (await upload(clerk, profile.id, "PHOTO", [{ name: "p.png", bytes: png(300, 420) }])).attachmentIds[0];
    const file = await openAttachment(districtReviewer, idCard, { ip: "10.0.0.9" });
    expect(file).toMatchObject({ mime: "application/pdf", fileName: "id.pdf" });
    const events = await db.auditEvent.findMany({ where: { entityType: "Attachment", entityId: idCard, action: "VIEW_FULL_PROFILE" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ userId: districtReviewer.userId, personId: profile.personId, ip: "10.0.0.9" });
    await openAttachment(districtReviewer, photo);
    expect(await db.auditEvent.count({ where: { entityId: photo, action: "VIEW_FULL_PROFILE" } })).toBe(0);
  });
});

describe("cover sheet printout (X-50 a, IC-07)", () => {
  it("renders a PDF for a rare-character name, takes the next number and audits PRINT", async () => {
    const { clerk, tree, profile } = await setup({ name: "王堃喆" });
    // A CJK Ext. B character the shipped font lacks: drawn as □, never a crash.
    await db.person.update({ where: { id: profile.personId }, data: { name: "王堃喆𠈌" } });
    const first = await printCoverSheet(clerk, profile.id, "http://localhost:3000");
    const second = await printCoverSheet(clerk, profile.id, "http://localhost:3000");
    expect(Buffer.from(first.bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(first.bytes.byteLength).toBeLessThan(1_000_000); // font subset, not the 8 MB file
    // CFF header: major 1, minor 0, hdrSize 4, offSize 1–4 (the unpatched fork writes garbage here).
    const headers = await embeddedCffHeaders(first.bytes);
    expect(headers.length).toBeGreaterThan(0);
    for (const [major, , hdrSize, offSize] of headers) expect([major, hdrSize, offSize >= 1 && offSize <= 4]).toEqual([1, 4, true]);
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    expect(first.docNo).toBe(`COVER-${tree.villageA.code}-${year}-000001`);
    expect(second.docNo).toBe(`COVER-${tree.villageA.code}-${year}-000002`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "PRINT", entityId: first.docNo } });
    expect(event).toMatchObject({ userId: clerk.userId, personId: profile.personId, orgPath: profile.orgPath });
    expect(event.diff).toMatchObject({ docType: "COVER", docNo: first.docNo, source: { type: "SubjectProfile", id: profile.id } });
    const verified = await unsafeVerifyDocument(first.docNo);
    expect(verified).toEqual({ kindLabel: "一人一档封面及材料目录", issuingUnit: tree.villageA.name, issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(JSON.stringify(verified)).not.toContain("王");
    expect(await unsafeVerifyDocument(`COVER-${tree.villageA.code}-${year}-999999`)).toBeNull();
  });

  it("document numbers stay unique under concurrency", async () => {
    const { tree } = await setup();
    const numbers = await Promise.all(Array.from({ length: 8 }, () => db.$transaction((tx) => nextDocumentNo(tx, "CARD", tree.townB.code))));
    expect(new Set(numbers).size).toBe(8);
    expect(numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
