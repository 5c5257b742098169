import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";
import { patchFontkitCff } from "./fontkit-patch";

// Errata A6 (X-37) / STACK.md "Chinese text in PDFs": the app ships its own CJK font, Noto Sans
// Hans (OFL, ~30 000 code points: GB2312 and most of GBK, so 堃 and 喆 are in). PDF_FONT_PATH
// swaps in another OTF/TTF (e.g. one with CJK Ext. B) without code changes.
const DEFAULT_FONT = path.join(process.cwd(), "node_modules", "@embedpdf", "fonts-sc", "fonts", "NotoSansHans-Regular.otf");

type LoadedFont = { bytes: Uint8Array; codePoints: ReadonlySet<number> };
let loading: Promise<LoadedFont> | undefined;

/** Read and index once per process: the file is 8 MB and every print needs it. */
function loadFont(): Promise<LoadedFont> {
  loading ??= readFile(process.env.PDF_FONT_PATH || DEFAULT_FONT).then((buf) => {
    const bytes = new Uint8Array(buf);
    patchFontkitCff(bytes);
    return { bytes, codePoints: new Set(fontkit.create(buf).characterSet) };
  });
  loading.catch(() => (loading = undefined)); // a failed read is retried on the next print
  return loading;
}

/** Warms the cache, e.g. before a transaction that will render. */
export async function preloadCjkFont(): Promise<void> {
  await loadFont();
}

export type CjkFont = { font: PDFFont; codePoints: ReadonlySet<number> };

/** Embeds the font as a subset: only the glyphs used end up in the file (tens of KB, not 8 MB). */
export async function embedCjkFont(doc: PDFDocument): Promise<CjkFont> {
  const { bytes, codePoints } = await loadFont();
  doc.registerFontkit(fontkit);
  return { font: await doc.embedFont(bytes, { subset: true }), codePoints };
}

/** The glyph drawn for a character the font lacks, so a rare name is visibly incomplete, not silently blank. */
export const MISSING_GLYPH = "□";

/**
 * Replaces characters the font cannot draw (some 生僻字 in CJK Ext. B+) and control characters.
 * pdf-lib would otherwise emit .notdef (an invisible box) for them.
 */
export function drawable(f: CjkFont, text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20) out += " ";
    else out += f.codePoints.has(cp) ? ch : MISSING_GLYPH;
  }
  return out;
}
