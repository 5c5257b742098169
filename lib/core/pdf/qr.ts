import "server-only";
import QRCode from "qrcode";
import type { PDFDocument, PDFImage } from "pdf-lib";

/** the QR code of a printable encodes its public verification URL. */
export async function embedQr(doc: PDFDocument, url: string): Promise<PDFImage> {
  // Level M survives a smudged or folded paper card; margin 0 because the layout adds whitespace.
  const png = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 0, width: 256 });
  return doc.embedPng(png);
}

/** Absolute verification URL; PUBLIC_BASE_URL wins over the request origin behind a proxy. */
export function verifyUrl(origin: string, docNo: string): string {
  const base = (process.env.PUBLIC_BASE_URL || origin).replace(/\/+$/, "");
  return `${base}/verify/${encodeURIComponent(docNo)}`;
}
