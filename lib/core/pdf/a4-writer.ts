import "server-only";
import { PDFDocument, rgb, type PDFImage, type PDFPage } from "pdf-lib";
import { drawable, embedCjkFont, type CjkFont } from "./font";
import { embedQr } from "./qr";
import { MM, wrapText } from "./text";
import { formatShanghaiDateTime } from "./time";

/** every printable carries its issuing unit, a document number and a verification QR code. */
export type PrintableMeta = { title: string; issuingUnit: string; docNo: string; verifyUrl: string; printedAt?: Date };

export type Column = { title: string; /** share of the text width */ width: number };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 18 * MM;
const FOOTER_H = 14 * MM;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.45, 0.45, 0.45);

/** A flowing A4 document: a cursor moves down the page and a new page starts when one is full. */
export class A4Writer {
  page!: PDFPage;
  y = 0;
  private constructor(readonly doc: PDFDocument, readonly f: CjkFont, private readonly qr: PDFImage, readonly meta: PrintableMeta) {}

  static async create(meta: PrintableMeta): Promise<A4Writer> {
    const doc = await PDFDocument.create();
    doc.setTitle(meta.title);
    doc.setCreator(meta.issuingUnit);
    doc.setSubject(meta.docNo);
    const w = new A4Writer(doc, await embedCjkFont(doc), await embedQr(doc, meta.verifyUrl), meta);
    w.firstPage();
    return w;
  }

  get width() {
    return A4[0] - 2 * MARGIN;
  }

  draw(text: string, x: number, y: number, size: number, color = INK) {
    this.page.drawText(drawable(this.f, text), { x, y, size, font: this.f.font, color });
  }

  private firstPage() {
    this.page = this.doc.addPage(A4);
    const top = A4[1] - MARGIN;
    const qrSize = 22 * MM;
    this.page.drawImage(this.qr, { x: A4[0] - MARGIN - qrSize, y: top - qrSize, width: qrSize, height: qrSize });
    this.draw(this.meta.issuingUnit, MARGIN, top - 10, 10.5);
    this.draw(`文书编号：${this.meta.docNo}`, MARGIN, top - 26, 9, GREY);
    this.draw("扫描右侧二维码可核验本文书真伪", MARGIN, top - 39, 8, GREY);
    const titleSize = 18;
    const tw = this.f.font.widthOfTextAtSize(drawable(this.f, this.meta.title), titleSize);
    this.draw(this.meta.title, (A4[0] - tw) / 2, top - qrSize - 26, titleSize);
    this.y = top - qrSize - 44;
  }

  private nextPage() {
    this.page = this.doc.addPage(A4);
    const top = A4[1] - MARGIN;
    this.draw(`${this.meta.issuingUnit} · ${this.meta.title}`, MARGIN, top - 9, 8, GREY);
    this.draw(this.meta.docNo, A4[0] - MARGIN - this.f.font.widthOfTextAtSize(this.meta.docNo, 8), top - 9, 8, GREY);
    this.y = top - 26;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number) {
    if (this.y - height < MARGIN + FOOTER_H) this.nextPage();
  }

  text(text: string, opts: { size?: number; indent?: number; color?: typeof INK } = {}) {
    const size = opts.size ?? 10.5;
    const indent = opts.indent ?? 0;
    for (const line of wrapText(this.f.font, drawable(this.f, text), size, this.width - indent)) {
      this.ensure(size * 1.6);
      this.y -= size * 1.6;
      this.draw(line, MARGIN + indent, this.y, size, opts.color);
    }
  }

  section(title: string) {
    this.ensure(40);
    this.y -= 8;
    this.text(title, { size: 12.5 });
    this.page.drawLine({ start: { x: MARGIN, y: this.y - 4 }, end: { x: MARGIN + this.width, y: this.y - 4 }, thickness: 0.6, color: GREY });
    this.y -= 6;
  }

  /** Label–value pairs in a grid of `columns` columns. */
  fields(pairs: [string, string][], columns = 2, size = 10.5) {
    const colW = this.width / columns;
    for (let i = 0; i < pairs.length; i += columns) {
      const row = pairs.slice(i, i + columns).map(([l, v]) => wrapText(this.f.font, drawable(this.f, `${l}：${v || "—"}`), size, colW - 8));
      const lines = Math.max(...row.map((r) => r.length));
      this.ensure(lines * size * 1.6 + 2);
      row.forEach((r, c) => r.forEach((line, k) => this.draw(line, MARGIN + c * colW, this.y - (k + 1) * size * 1.6, size)));
      this.y -= lines * size * 1.6 + 2;
    }
  }

  /** A ruled table; the header row repeats on every page it spans. */
  table(columns: Column[], rows: string[][], size = 9.5) {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const pad = 3;
    const lineH = size * 1.45;
    const layout = (cells: string[]) => cells.map((cell, i) => wrapText(this.f.font, drawable(this.f, cell), size, widths[i] - 2 * pad));
    const drawRow = (cells: string[][], header: boolean) => {
      const h = Math.max(...cells.map((c) => c.length)) * lineH + 2 * pad;
      let x = MARGIN;
      cells.forEach((lines, i) => {
        this.page.drawRectangle({ x, y: this.y - h, width: widths[i], height: h, borderWidth: 0.5, borderColor: GREY, color: header ? rgb(0.93, 0.93, 0.93) : undefined });
        lines.forEach((line, k) => this.draw(line, x + pad, this.y - pad - (k + 1) * lineH + size * 0.3, size));
        x += widths[i];
      });
      this.y -= h;
    };
    const head = layout(columns.map((c) => c.title));
    const headH = Math.max(...head.map((c) => c.length)) * lineH + 2 * pad;
    this.ensure(headH + lineH + 2 * pad);
    drawRow(head, true);
    for (const row of rows) {
      const cells = layout(row);
      const h = Math.max(...cells.map((c) => c.length)) * lineH + 2 * pad;
      if (this.y - h < MARGIN + FOOTER_H) {
        this.nextPage();
        drawRow(head, true);
      }
      drawRow(cells, false);
    }
    this.y -= 4;
  }

  /** Blank signature lines, e.g. 整理人 / 核对人 / 日期. */
  signatures(labels: string[]) {
    this.ensure(50);
    this.y -= 36;
    const colW = this.width / labels.length;
    labels.forEach((label, i) => this.draw(`${label}：____________`, MARGIN + i * colW, this.y, 10.5));
  }

  async save(): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    const printed = `打印时间：${formatShanghaiDateTime(this.meta.printedAt ?? new Date())}`;
    pages.forEach((p, i) => {
      this.page = p;
      const label = `第 ${i + 1} 页 / 共 ${pages.length} 页`;
      this.draw(label, (A4[0] - this.f.font.widthOfTextAtSize(label, 8)) / 2, MARGIN, 8, GREY);
      this.draw(printed, MARGIN, MARGIN, 8, GREY);
      this.draw(this.meta.docNo, A4[0] - MARGIN - this.f.font.widthOfTextAtSize(this.meta.docNo, 8), MARGIN, 8, GREY);
    });
    return this.doc.save();
  }
}
