import type { PDFFont } from "pdf-lib";

/** 1 mm in PDF points. */
export const MM = 72 / 25.4;

/**
 * Breaks text into lines no wider than `width`. Chinese has no spaces, so lines break between
 * any two characters; explicit newlines are kept.
 */
export function wrapText(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const ch of paragraph) {
      if (line && font.widthOfTextAtSize(line + ch, size) > width) {
        lines.push(line);
        line = ch.trimStart();
      } else line += ch;
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens text to fit `width`, ending with "…", for single-line cells. */
export function fitText(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length && font.widthOfTextAtSize(chars.join("") + "…", size) > width) chars.pop();
  return chars.join("") + "…";
}
