/**
 * A deliberately small slice of GB/T 2260 for the V-ID region check (SPEC V-ID step 5). The check
 * only warns, because IDs keep the code of the place of first registration, including codes that
 * have since been abolished; so historical codes are listed too. A full GB/T 2260 table can
 * replace this later without changing callers.
 */

/** Province-level codes (first two digits), incl. 81/82/83 used by HK/Macao/Taiwan residence permits. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
  "71", "81", "82", "83",
]);

/** Shandong prefecture-level codes (first four digits). */
export const SHANDONG_CITY_CODES: ReadonlySet<string> = new Set([
  "3701", "3702", "3703", "3704", "3705", "3706", "3707", "3708", "3709", "3710", "3711",
  "3712", // 莱芜市, merged into 济南 in 2019: historical
  "3713", "3714", "3715", "3716", "3717",
]);

/** Qingdao county-level codes (3702xx), current and historical (SPEC §0.6 District). */
export const QINGDAO_DISTRICT_CODES: ReadonlyMap<string, string> = new Map([
  ["370202", "市南区"],
  ["370203", "市北区"],
  ["370204", "台东区（已撤销）"],
  ["370205", "四方区（已撤销）"],
  ["370206", "沧口区（已撤销）"],
  ["370211", "黄岛区"],
  ["370212", "崂山区"],
  ["370213", "李沧区"],
  ["370214", "城阳区"],
  ["370215", "即墨区"],
  ["370281", "胶州市"],
  ["370282", "即墨市（已撤销）"],
  ["370283", "平度市"],
  ["370284", "胶南市（已撤销）"],
  ["370285", "莱西市"],
]);

/** Returns a Chinese warning when the 6-digit region code looks wrong, else undefined. */
export function regionCodeWarning(code6: string): string | undefined {
  const warning = `身份证号前6位地区码（${code6}）不在行政区划代码表中，请核对`;
  if (!PROVINCE_CODES.has(code6.slice(0, 2))) return warning;
  if (code6.startsWith("37") && !SHANDONG_CITY_CODES.has(code6.slice(0, 4))) return warning;
  if (code6.startsWith("3702") && !QINGDAO_DISTRICT_CODES.has(code6)) return warning;
  return undefined;
}
