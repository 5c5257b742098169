import "server-only";
import fontkit from "@pdf-lib/fontkit";

/**
 * @pdf-lib/fontkit 1.1.1 is a stale fork of fontkit whose CFF subsetter writes broken CID-keyed
 * fonts (Noto Sans CJK / Source Han): viewers reject the embedded font and every Chinese glyph
 * renders blank, although text extraction still works (pdf-lib issue #1232). Upstream fontkit
 * fixed it long ago; the fork is all pdf-lib supports, so the three upstream fixes are applied
 * to the fork's prototypes here, once, before any subset is made:
 *  1. the CFF header's offSize is 4 (the fork writes an undefined `cff.length`);
 *  2. FDSelect maps each glyph to ITS font dict in the subset, not to the last one added,
 *     and local subrs are kept per font dict;
 *  3. the FDSelect range search includes a range's first glyph.
 * Verified by rendering with poppler: glyphs appear, and no "Embedded font file may be invalid".
 */
type Glyph = { path: unknown; _usedSubrs: Record<string, boolean> };
type FdSelect = { version: number; fds?: number[]; ranges?: { first: number; fd: number }[] };
type CffFont = {
  topDict: { FDSelect?: FdSelect; FDArray: { Private?: { Subrs?: unknown[] } }[] };
  length?: number;
  fdForGlyph(gid: number): number | null;
};
type CffSubset = {
  cff: CffFont;
  glyphs: number[];
  font: { getGlyph(gid: number): Glyph };
  subsetSubrs(subrs: unknown[], used: Record<string, boolean>): unknown[];
  encode(stream: unknown): void;
  subsetFontdict(topDict: Record<string, unknown>): void;
};

let patched = false;

export function patchFontkitCff(fontBytes: Uint8Array): void {
  if (patched) return;
  const font = fontkit.create(fontBytes as Buffer) as unknown as { "CFF "?: CffFont; createSubset(): CffSubset };
  const cff = font["CFF "];
  if (!cff) return; // a TrueType font: the CFF path is not used
  const subsetProto = Object.getPrototypeOf(font.createSubset()) as CffSubset;
  const cffProto = Object.getPrototypeOf(cff) as CffFont;

  const encode = subsetProto.encode;
  subsetProto.encode = function (this: CffSubset, stream: unknown) {
    const own = Object.prototype.hasOwnProperty.call(this.cff, "length");
    const before = this.cff.length;
    this.cff.length = 4; // read by the fork as the header's offSize (fix 1)
    try {
      return encode.call(this, stream);
    } finally {
      if (own) this.cff.length = before;
      else delete this.cff.length;
    }
  };

  subsetProto.subsetFontdict = function (this: CffSubset, topDict: Record<string, unknown>) {
    const fdArray: Record<string, unknown>[] = [];
    const fds: number[] = [];
    const newIndexOf = new Map<number, number>();
    const usedSubrs: Record<string, boolean>[] = [];
    for (const gid of this.glyphs) {
      const fd = this.cff.fdForGlyph(gid);
      if (fd == null) continue;
      if (!newIndexOf.has(fd)) {
        newIndexOf.set(fd, fdArray.length);
        fdArray.push({ ...this.cff.topDict.FDArray[fd] });
        usedSubrs.push({});
      }
      const index = newIndexOf.get(fd)!;
      fds.push(index); // fix 2
      const glyph = this.font.getGlyph(gid);
      void glyph.path; // parsing the path records the subrs it uses
      for (const subr in glyph._usedSubrs) usedSubrs[index][subr] = true;
    }
    fdArray.forEach((dict, i) => {
      delete dict.FontName;
      const priv = dict.Private as { Subrs?: unknown[] } | undefined;
      if (priv?.Subrs) dict.Private = { ...priv, Subrs: this.subsetSubrs(priv.Subrs, usedSubrs[i]) };
    });
    topDict.FDArray = fdArray;
    topDict.FDSelect = { version: 0, fds };
  };

  const fdForGlyph = cffProto.fdForGlyph;
  cffProto.fdForGlyph = function (this: CffFont, gid: number) {
    const sel = this.topDict.FDSelect;
    if (!sel || (sel.version !== 3 && sel.version !== 4) || !sel.ranges) return fdForGlyph.call(this, gid);
    let low = 0;
    let high = sel.ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (gid < sel.ranges[mid].first) high = mid - 1;
      else if (mid < high && gid >= sel.ranges[mid + 1].first) low = mid + 1; // fix 3
      else return sel.ranges[mid].fd;
    }
    return null;
  };
  patched = true;
}
