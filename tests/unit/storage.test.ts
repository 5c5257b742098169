import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalBlobStore } from "@/lib/core/storage/local-blob-store";
import { assertBlobKey, newBlobKey } from "@/lib/core/storage/blob-key";
import { NoopScanner } from "@/lib/core/storage/virus-scanner";
import { sniffContent, V_FILE_MIMES } from "@/lib/core/storage/sniff";
import { readImageSize } from "@/lib/core/storage/image-size";
import { parseDocumentNo } from "@/lib/core/doc-number";
import { formatWorkingHours, DEFAULT_HOURS } from "@/lib/ic/print/working-hours";
import { contentDisposition } from "@/lib/ic/documents/http";
import { pngBytes } from "../support/png";

// ---- tiny real files ---------------------------------------------------------------------------
const png = (width: number, height: number) => pngBytes(width, height);
function jpeg(width: number, height: number, exifOrientation?: number) {
  const parts: Buffer[] = [Buffer.from([0xff, 0xd8])];
  parts.push(Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]));
  if (exifOrientation) {
    // "Exif\0\0" + little-endian TIFF header + IFD0 with one entry: 0x0112 SHORT 1 = orientation
    const tiff = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0, 0x01, 0x00, 0x12, 0x01, 0x03, 0x00, 0x01, 0, 0, 0, exifOrientation, 0, 0, 0, 0, 0, 0, 0]);
    const payload = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
    const len = payload.length + 2;
    parts.push(Buffer.from([0xff, 0xe1, len >> 8, len & 0xff]), payload);
  }
  parts.push(Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00]));
  parts.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}
const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");
const exe = Buffer.concat([Buffer.from("MZ", "latin1"), Buffer.alloc(200)]);
function zip() {
  const name = Buffer.from("a.txt");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, Buffer.alloc(64)]);
}

describe("LocalBlobStore (X-37 default BlobStore)", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "blobs-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("stores, reads back and deletes by a server-made key", async () => {
    const store = new LocalBlobStore(root);
    const key = newBlobKey("ic");
    await store.put(key, new Uint8Array([1, 2, 3]));
    expect([...(await store.get(key))]).toEqual([1, 2, 3]);
    await store.delete(key);
    await expect(store.get(key)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses keys it did not make (path traversal, absolute paths)", async () => {
    const store = new LocalBlobStore(root);
    for (const bad of ["../../etc/passwd", "/etc/passwd", "ic/2026/ab/../../x", "ic/2026/ab/XYZ"]) {
      expect(() => assertBlobKey(bad)).toThrow(/非法的存储键/);
      await expect(store.put(bad, new Uint8Array([1]))).rejects.toThrow(/非法的存储键/);
    }
  });

  it("two keys never collide", () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newBlobKey("ic")));
    expect(keys.size).toBe(1000);
  });
});

describe("content sniffing (V-FILE: by content, not by name)", () => {
  it("recognises PDF, PNG and JPEG and nothing else is allowed", async () => {
    expect(await sniffContent(pdf)).toMatchObject({ mime: "application/pdf" });
    expect(await sniffContent(png(300, 420))).toMatchObject({ mime: "image/png" });
    expect(await sniffContent(jpeg(300, 420))).toMatchObject({ mime: "image/jpeg" });
    const exeType = await sniffContent(exe);
    const zipType = await sniffContent(zip());
    expect(exeType?.mime ?? "unknown").not.toSatisfy((m: string) => V_FILE_MIMES.has(m));
    expect(zipType?.mime).toBe("application/zip");
    expect(V_FILE_MIMES.has(zipType!.mime)).toBe(false);
    expect(await sniffContent(Buffer.from("just text"))).toBeNull();
  });
});

describe("image size from the header (V-PHOTO)", () => {
  it("reads PNG and JPEG dimensions", () => {
    expect(readImageSize(png(295, 413))).toEqual({ width: 295, height: 413 });
    expect(readImageSize(jpeg(640, 480))).toEqual({ width: 640, height: 480 });
    expect(readImageSize(pdf)).toBeNull();
  });

  it("a phone photo stored landscape with EXIF rotation counts as portrait", () => {
    expect(readImageSize(jpeg(600, 400, 6))).toEqual({ width: 400, height: 600 });
    expect(readImageSize(jpeg(600, 400, 1))).toEqual({ width: 600, height: 400 });
  });
});

describe("small pure helpers", () => {
  it("the default scanner accepts without scanning (X-37)", async () => {
    expect(await new NoopScanner().scan()).toBe("NOT_SCANNED");
  });

  it("parses only document numbers the system makes", () => {
    expect(parseDocumentNo("COVER-370202001-2026-000012")).toEqual({ kind: "COVER", unitCode: "370202001", year: 2026, seq: 12 });
    expect(parseDocumentNo("NOPE-370202001-2026-000012")).toBeNull();
    expect(parseDocumentNo("COVER-370202001-2026-12")).toBeNull();
  });

  it("formats working hours from the free-form JSON, with the SPEC default", () => {
    expect(formatWorkingHours([{ from: "09:00", to: "12:00" }, ["13:30", "17:00"]])).toBe("工作日 09:00—12:00，13:30—17:00");
    expect(formatWorkingHours("周一至周五 9:00-17:00")).toBe("周一至周五 9:00-17:00");
    expect(formatWorkingHours(null)).toBe(DEFAULT_HOURS);
  });

  it("Content-Disposition carries an ASCII fallback and the RFC 5987 UTF-8 name", () => {
    const h = contentDisposition("inline", "身份证 (正面).pdf");
    expect(h).toBe(`inline; filename="___ (__).pdf"; filename*=UTF-8''${encodeURIComponent("身份证 ").replace(/'/g, "%27")}%28${encodeURIComponent("正面")}%29.pdf`);
  });
});
