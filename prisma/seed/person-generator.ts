/**
 * Deterministic generator of realistic (but fictitious) veteran person records for demo and scale
 * seeding. Pure: no database access, no Math.random, no clock — the same `seed` always yields the
 * same sequence, and the first N persons do not depend on `count`.
 */
import { computeIdCheckDigit } from "@/lib/core/validators/id-number";
import { qingdaoOrgTree } from "./qingdao-org-tree";

export type GeneratedPerson = {
  idNumber: string;
  name: string;
  gender: "MALE" | "FEMALE";
  /** YYYY-MM-DD */
  birthDate: string;
  mobile: string | null;
  landline: string | null;
  hukouAddress: string;
  villageCode: string;
};

export type GeneratePersonsOptions = {
  count: number;
  seed: number;
  villages: { code: string; name: string }[];
};

// ---------------------------------------------------------------------------------------------
// Name data
// ---------------------------------------------------------------------------------------------

/**
 * Surnames with relative weights. Shandong/Jiaodong skews the national ranking: 王张李刘 dominate,
 * and 孙于姜曲隋栾逄綦 are far more common in Qingdao than nationally, so they get extra weight.
 */
export const VETERAN_SURNAMES: ReadonlyArray<readonly [surname: string, weight: number]> = [
  ["王", 80], ["张", 70], ["李", 68], ["刘", 55], ["孙", 30], ["杨", 25], ["赵", 24], ["陈", 22],
  ["于", 20], ["徐", 18], ["姜", 16], ["高", 16], ["周", 14], ["宋", 13], ["吴", 12], ["马", 12],
  ["黄", 10], ["韩", 9], ["胡", 9], ["朱", 9], ["郭", 9], ["林", 8], ["董", 8], ["崔", 7],
  ["何", 6], ["曲", 6], ["冯", 6], ["郑", 6], ["曹", 6], ["罗", 5], ["薛", 5], ["袁", 5],
  ["贾", 5], ["许", 5], ["田", 5], ["丁", 5], ["吕", 5], ["魏", 5], ["侯", 5], ["邵", 4],
  ["谢", 4], ["唐", 4], ["范", 4], ["梁", 4], ["付", 4], ["程", 4], ["苏", 4], ["卢", 4],
  ["葛", 4], ["纪", 4], ["毕", 4], ["邓", 3], ["彭", 3], ["潘", 3], ["蒋", 3], ["史", 3],
  ["鲁", 3], ["单", 3], ["宫", 3], ["管", 3], ["尹", 3], ["隋", 3], ["栾", 3], ["牟", 3],
  ["臧", 2], ["修", 2], ["逄", 2], ["展", 2], ["匡", 2], ["綦", 2], ["初", 2], ["柳", 2],
];

/** Era-typical full given names (1930s–1970s births): 建国、援朝、卫东 … */
const MALE_ERA_NAMES = [
  "建国", "援朝", "卫国", "保国", "国庆", "红军", "卫东", "向东", "爱国", "振华", "胜利", "解放",
  "和平", "跃进", "建军", "拥军", "国强", "志强", "建华", "立新", "卫星", "永红", "向阳", "东升",
];
const MALE_FIRST = [
  "建", "国", "志", "永", "振", "德", "立", "文", "海", "宝", "玉", "金", "长", "庆", "春", "洪",
  "俊", "明", "晓", "新", "家", "凯", "佳", "天", "连", "树", "守", "忠", "传", "世", "学", "维",
];
const MALE_SECOND = [
  "国", "华", "军", "民", "强", "明", "平", "林", "伟", "东", "祥", "生", "福", "刚", "杰", "斌",
  "峰", "涛", "鹏", "超", "飞", "龙", "磊", "宁", "辉", "成", "勇", "文", "波", "亮", "胜", "山",
];
const MALE_SINGLE = [
  "伟", "强", "军", "勇", "磊", "涛", "斌", "刚", "明", "超", "华", "峰", "平", "辉", "鹏", "杰",
  "波", "林", "东", "海", "亮", "飞", "坤", "俊", "浩", "宇", "龙", "洋", "凯", "帅", "鑫", "晨",
  "健", "彬", "锋", "栋", "胜", "毅", "岩", "雷", "昊", "博",
];
/** Younger cohorts (born 1980+) use a different fashion: 浩然、子轩、宇航 … */
const MALE_YOUNG_FIRST = ["浩", "子", "宇", "俊", "天", "晨", "博", "志", "嘉", "明", "一", "泽", "昊", "思", "文", "家"];
const MALE_YOUNG_SECOND = ["然", "轩", "航", "杰", "宇", "阳", "洋", "辰", "鹏", "涛", "鑫", "豪", "博", "凯", "睿", "龙"];

const FEMALE_FIRST = [
  "秀", "桂", "玉", "淑", "凤", "丽", "春", "美", "雪", "晓", "海", "红", "艳", "慧", "静", "文",
  "金", "爱", "翠", "素",
];
const FEMALE_SECOND = [
  "英", "兰", "珍", "芳", "华", "梅", "霞", "云", "琴", "娟", "燕", "玲", "萍", "丽", "敏", "静",
  "红", "荣", "莲", "花",
];
const FEMALE_SINGLE = [
  "丽", "静", "敏", "燕", "艳", "娟", "霞", "芳", "婷", "雪", "晶", "倩", "慧", "琳", "莉", "洁",
  "颖", "萍", "红", "梅",
];
const FEMALE_YOUNG_FIRST = ["欣", "佳", "思", "雨", "梦", "婉", "诗", "晓", "子", "嘉", "文", "若"];
const FEMALE_YOUNG_SECOND = ["怡", "琪", "涵", "萱", "婷", "悦", "妍", "雯", "彤", "琳", "洁", "宁"];

/** Real mobile number-segment prefixes of the three carriers (all satisfy V-MOB `^1[3-9]`). */
const MOBILE_PREFIXES = [
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
  "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
  "183", "185", "186", "187", "188", "189", "191", "198", "199",
];

// ---------------------------------------------------------------------------------------------
// Birth dates
// ---------------------------------------------------------------------------------------------

const FIRST_BIRTH_YEAR = 1930;
const LAST_BIRTH_YEAR = 2004;

/**
 * Every calendar day of the birth range as "YYYYMMDD", built once. Picking a day by index keeps the
 * hot loop free of Date objects (the 300k-persons budget) and makes leap years correct for free.
 */
const BIRTH_DAYS: readonly string[] = (() => {
  const days: string[] = [];
  const end = Date.UTC(LAST_BIRTH_YEAR, 11, 31);
  for (let t = Date.UTC(FIRST_BIRTH_YEAR, 0, 1); t <= end; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10).replaceAll("-", ""));
  }
  return days;
})();

function firstDayIndexOfYear(year: number): number {
  return Math.round((Date.UTC(year, 0, 1) - Date.UTC(FIRST_BIRTH_YEAR, 0, 1)) / 86_400_000);
}

/**
 * Birth-year bands: most living veterans were born 1950–1995; a tail of very old (incl. Korean War
 * era) and recently discharged young veterans. [fromYear, toYearInclusive, cumulative probability].
 */
const BIRTH_BANDS: ReadonlyArray<readonly [number, number, number]> = [
  [1930, 1949, 0.07],
  [1950, 1995, 0.93],
  [1996, 2004, 1],
].map(([from, to, p]) => [firstDayIndexOfYear(from), firstDayIndexOfYear(to + 1) - 1, p] as const);

// ---------------------------------------------------------------------------------------------
// Uniqueness of ID numbers
// ---------------------------------------------------------------------------------------------

/**
 * Why IDs are unique by construction (not by luck): an ID is region(6) + birth date(8) + sequence(3)
 * + check digit. We never draw the sequence at random. For each (birth day, gender) we keep a
 * counter k = 0, 1, 2 … and map k injectively to a sequence with the right parity:
 *   male   → 2·π(k) + 1  (odd:  001 … 997)
 *   female → 2·π(k) + 2  (even: 002 … 998, so the never-issued "000" is avoided)
 * where π(k) = (k·PERMUTE_MUL + offset(bucket)) mod 499 is, for a fixed bucket, a bijection on
 * 0…498 (499 is prime). π only scatters the numbers: the per-bucket offset (a hash of the bucket and
 * the seed) keeps the first person of every day from getting the same sequence. Distinct (day, gender, k) therefore
 * give distinct (birth date, sequence), hence distinct IDs even when the region is the same. A
 * (day, gender) bucket holds 499 people; when one is full the person moves to the next day. The
 * range has ~27,400 days × 2 × 499 ≈ 27 million slots, far more than any seed run needs; running
 * out is reported as an error rather than silently producing a duplicate.
 */
const SEQUENCES_PER_BUCKET = 499;
const PERMUTE_MUL = 211;

/** Per-bucket start offset in 0…498 (integer hash, cheap enough for the hot loop). */
function bucketOffset(bucket: number, seed: number): number {
  let h = Math.imul(bucket ^ seed, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) % SEQUENCES_PER_BUCKET;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** mulberry32: tiny, fast, good-enough 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Expands [value, weight] pairs into a flat table so a weighted pick is one array index. */
function expandWeighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T[] {
  const table: T[] = [];
  for (const [value, weight] of pairs) for (let i = 0; i < weight; i++) table.push(value);
  return table;
}

const SURNAME_TABLE = expandWeighted(VETERAN_SURNAMES);

/** "太平角社区退役军人服务站" → "太平角社区"; also handles the 服务中心 suffix of higher levels. */
function stripUnitSuffix(name: string): string {
  return name.replace(/退役军人服务(站|中心)$/, "");
}

/** District/town short names by code, so addresses can be built from a village code alone. */
const UNIT_PLACE_NAMES: ReadonlyMap<string, string> = new Map(
  qingdaoOrgTree.map((unit) => [unit.code, stripUnitSuffix(unit.name)]),
);

type VillageContext = {
  code: string;
  region: string;
  addressPrefix: string;
  isCommunity: boolean;
};

function villageContext(village: { code: string; name: string }): VillageContext {
  if (!/^\d{12}$/.test(village.code)) {
    throw new RangeError(`村（社区）编码应为12位数字：${village.code}`);
  }
  const place = stripUnitSuffix(village.name);
  const district = UNIT_PLACE_NAMES.get(village.code.slice(0, 6)) ?? "";
  const town = UNIT_PLACE_NAMES.get(village.code.slice(0, 9)) ?? "";
  return {
    code: village.code,
    // Region = the district's GB/T 2260 code, i.e. the first 6 digits of the village code.
    region: village.code.slice(0, 6),
    addressPrefix: `山东省青岛市${district}${town}${place}`,
    isCommunity: place.endsWith("社区"),
  };
}

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

export function* generatePersons(opts: GeneratePersonsOptions): Generator<GeneratedPerson> {
  const { count, seed } = opts;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count 必须为非负整数：${count}`);
  if (opts.villages.length === 0) throw new RangeError("至少需要一个村（社区）");

  const villages = opts.villages.map(villageContext);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const digits = (length: number): string =>
    String(Math.floor(random() * 10 ** length)).padStart(length, "0");

  // One counter per (birth day, gender): index = day * 2 + (male ? 1 : 0).
  const bucketFill = new Uint16Array(BIRTH_DAYS.length * 2);

  for (let i = 0; i < count; i++) {
    const male = random() < 0.9;
    const gender = male ? "MALE" : "FEMALE";

    // Weighted band, then a uniform day inside it.
    const bandRoll = random();
    const band = BIRTH_BANDS.find(([, , p]) => bandRoll < p) ?? BIRTH_BANDS[BIRTH_BANDS.length - 1];
    let day = band[0] + Math.floor(random() * (band[1] - band[0] + 1));

    // Claim the next free sequence slot; skip forward past full buckets (see the uniqueness note).
    let probes = 0;
    while (bucketFill[day * 2 + (male ? 1 : 0)] >= SEQUENCES_PER_BUCKET) {
      day = (day + 1) % BIRTH_DAYS.length;
      if (++probes > BIRTH_DAYS.length) throw new RangeError("出生日期与顺序码组合已用尽，无法保证身份证号唯一");
    }
    const bucket = day * 2 + (male ? 1 : 0);
    const k = bucketFill[bucket]++;
    const slot = (k * PERMUTE_MUL + bucketOffset(bucket, seed)) % SEQUENCES_PER_BUCKET;
    const sequence = 2 * slot + (male ? 1 : 2);

    const village = pick(villages);
    const ymd = BIRTH_DAYS[day];
    const first17 = village.region + ymd + String(sequence).padStart(3, "0");
    const idNumber = first17 + computeIdCheckDigit(first17);
    const birthYear = Number(ymd.slice(0, 4));

    const mobile = random() < 0.85 ? pick(MOBILE_PREFIXES) + digits(8) : null;
    // SPEC requires mobile or landline for a SubjectProfile, so those without a mobile always get one.
    const landline =
      mobile === null || random() < 0.12 ? `0532-${pick(["5", "6", "8"])}${digits(7)}` : null;

    const hukouAddress = village.isCommunity
      ? `${village.addressPrefix}${1 + Math.floor(random() * 60)}号楼${1 + Math.floor(random() * 4)}单元${
          1 + Math.floor(random() * 18)
        }0${1 + Math.floor(random() * 4)}户`
      : `${village.addressPrefix}${1 + Math.floor(random() * 480)}号`;

    yield {
      idNumber,
      name: pick(SURNAME_TABLE) + givenName(male, birthYear, random, pick),
      gender,
      birthDate: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
      mobile,
      landline,
      hukouAddress,
      villageCode: village.code,
    };
  }
}

function givenName(
  male: boolean,
  birthYear: number,
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
): string {
  const roll = random();
  const young = birthYear >= 1980;
  if (male) {
    // Political-era names were typical only for those born before the mid-1970s.
    if (!young && birthYear < 1976 && roll < 0.12) return pick(MALE_ERA_NAMES);
    if (roll < 0.35) return pick(MALE_SINGLE);
    const first = young ? pick(MALE_YOUNG_FIRST) : pick(MALE_FIRST);
    const second = young ? pick(MALE_YOUNG_SECOND) : pick(MALE_SECOND);
    // A doubled character from two independent picks ("国国") reads as a typo, not a name.
    return first === second ? first : first + second;
  }
  if (roll < 0.35) return pick(FEMALE_SINGLE);
  const first = young ? pick(FEMALE_YOUNG_FIRST) : pick(FEMALE_FIRST);
  const second = young ? pick(FEMALE_YOUNG_SECOND) : pick(FEMALE_SECOND);
  return first === second ? first : first + second;
}
