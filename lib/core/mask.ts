// SPEC X-10 (§4.2): masking for lists, search results, dashboards and default exports.
// Unknown shapes are masked harder, never softer: a malformed value must not leak in full.

type Maskable = string | null | undefined;

/** 370202********123X: region code stays visible for triage, birth date and sequence do not. */
export function maskIdNumber(value: Maskable): string {
  const v = (value ?? "").trim();
  if (v === "") return "";
  if (v.length < 15) return "*".repeat(v.length);
  return `${v.slice(0, 6)}********${v.slice(-4)}`;
}

/** 138****5678. Landlines and odd lengths keep at most the first 3 and last 4 characters. */
export function maskMobile(value: Maskable): string {
  const v = (value ?? "").trim();
  if (v === "") return "";
  if (v.length < 8) return "*".repeat(v.length);
  return `${v.slice(0, 3)}****${v.slice(-4)}`;
}

/** **** **** 1234 */
export function maskBank(value: Maskable): string {
  const v = (value ?? "").replace(/[\s-]/g, "");
  if (v === "") return "";
  if (v.length < 8) return "**** ****";
  return `**** **** ${v.slice(-4)}`;
}

const TOWN_LEVEL_RE = /镇|街道|乡/;
const FALLBACK_VISIBLE = 6;

/** Keeps the address up to the town level (镇/街道/乡); without one, the first 6 characters + "…". */
export function maskAddress(value: Maskable): string {
  const v = (value ?? "").trim();
  if (v === "") return "";
  const match = TOWN_LEVEL_RE.exec(v);
  if (match) {
    const cut = match.index + match[0].length;
    return cut < v.length ? `${v.slice(0, cut)}…` : v;
  }
  const chars = [...v]; // code points, so a rare character is never split in half
  return chars.length > FALLBACK_VISIBLE ? `${chars.slice(0, FALLBACK_VISIBLE).join("")}…` : v;
}
