import "server-only";
import { PDFDocument, rgb } from "pdf-lib";
import { drawable, embedCjkFont } from "@/lib/core/pdf/font";
import { embedQr } from "@/lib/core/pdf/qr";
import { fitText, MM, wrapText } from "@/lib/core/pdf/text";

export type CardData = {
  title: string;
  issuingUnit: string;
  docNo: string;
  verifyUrl: string;
  cardNo: string;
  personName: string;
  staffName: string;
  officePhone: string;
  windowNo: string | null;
  hallName: string;
  hallAddress: string;
  hours: string;
  /** Case cards (§7.8.2, HALL-32) only. */
  itemName?: string | null;
  caseNo?: string | null;
};

/** ISO/IEC 7810 ID-1, the bank-card size X-50 asks for: 85.6 × 54 mm. */
const CARD: [number, number] = [85.6 * MM, 54 * MM];
const PAD = 4 * MM;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);

/** X-50 "Contact-service card": who to call, where and when, with the card number and a QR code. */
export async function renderContactCard(d: CardData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${d.title} ${d.cardNo}`);
  doc.setSubject(d.docNo);
  const f = await embedCjkFont(doc);
  const qr = await embedQr(doc, d.verifyUrl);
  const page = doc.addPage(CARD);
  const [W, H] = CARD;
  const draw = (text: string, x: number, y: number, size: number, color = INK) =>
    page.drawText(drawable(f, text), { x, y, size, font: f.font, color });

  page.drawRectangle({ x: 1, y: 1, width: W - 2, height: H - 2, borderWidth: 0.6, borderColor: GREY });
  const qrSize = 16 * MM;
  page.drawImage(qr, { x: W - PAD - qrSize, y: H - PAD - qrSize, width: qrSize, height: qrSize });
  const textW = W - 2 * PAD - qrSize - 2 * MM;
  draw(fitText(f.font, drawable(f, d.title), 10.5, textW), PAD, H - PAD - 10, 10.5);
  draw(fitText(f.font, drawable(f, d.hallName), 6.5, textW), PAD, H - PAD - 19, 6.5, GREY);

  let y = H - PAD - 31;
  const line = (label: string, value: string, maxLines = 1) => {
    // Lines level with the QR code stop short of it.
    const width = y + 7 > H - PAD - qrSize - 2 ? textW : W - 2 * PAD;
    const lines = wrapText(f.font, drawable(f, `${label}：${value || "—"}`), 7, width).slice(0, maxLines);
    for (const l of lines) {
      draw(l, PAD, y, 7);
      y -= 9;
    }
  };
  line("服务对象", d.personName);
  if (d.itemName) line("服务事项", d.itemName);
  if (d.caseNo) line("办件编号", d.caseNo);
  line("联 系 人", d.staffName);
  line("办公电话", d.officePhone);
  if (d.windowNo) line("服务窗口", d.windowNo);
  // A case card carries two more lines; address and hours then keep to one line each to fit.
  const wrap = d.caseNo ? 1 : 2;
  line("服务地址", d.hallAddress, wrap);
  line("办公时间", d.hours, wrap);
  draw(`卡号：${d.cardNo}`, PAD, PAD + 6, 6.5);
  const small = `${d.issuingUnit} ${d.docNo}`;
  draw(fitText(f.font, drawable(f, small), 4.5, W - 2 * PAD), PAD, PAD - 1, 4.5, GREY);
  return doc.save();
}
