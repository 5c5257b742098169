// Scale seeding of the information-collection module (scripts/seed-scale.ts, bench/run.ts): one
// SubjectProfile per person that has none, with a realistic spread of categories, statuses and
// channels, plus its BASIC and SERVICE groups, the IC-03 checklist rows, return history and the
// file-number counters. Entirely set-based: the mix is drawn in SQL from hashes of the person id
// (deterministic, no round trip per row), staged once in an unlogged table and copied into each
// table with one INSERT … SELECT; the child tables are filled in parallel on their own connections.
import pg from "pg";

type Weighted = readonly [value: string, weight: number];

/** Primary category per 1,000 files: mostly discharged soldiers, as in any Qingdao district. */
const CATEGORY_WEIGHTS: readonly Weighted[] = [
  ["DISCHARGED_SOLDIER", 700], ["TRANSFERRED_OFFICER", 60], ["RETIRED_NCO", 45], ["MILITARY_RETIRED_CADRE", 15],
  ["DEMOBILISED_CADRE", 5], ["RURAL_DEMOBILISED_VETERAN", 10], ["THREE_REDS", 2], ["DISABLED_VETERAN", 35],
  ["REFORM_CONVERTED", 10], ["ARMY_CIVILIAN_RETIREE", 8], ["DISABLED_MILITIA_LABOURER", 3], ["MARTYR_SURVIVOR", 15],
  ["DUTY_DEATH_SURVIVOR", 10], ["ILLNESS_DEATH_SURVIVOR", 12], ["ACTIVE_SERVICEMAN_RELATIVE", 62], ["OTHER", 8],
];
const VETERAN = ["DISCHARGED_SOLDIER", "TRANSFERRED_OFFICER", "RETIRED_NCO", "MILITARY_RETIRED_CADRE", "DEMOBILISED_CADRE", "RURAL_DEMOBILISED_VETERAN", "THREE_REDS", "DISABLED_VETERAN", "REFORM_CONVERTED"];

/**
 * Status per 100,000 files: mostly approved or already reported to the province, some drafts, a
 * few thousand in each review stage (the 审核台 queues) and some returned with a defect list.
 */
const STATUS_WEIGHTS: readonly Weighted[] = [
  ["DRAFT", 6000], ["PENDING_INITIAL", 1500], ["PENDING_DISTRICT", 1200], ["PENDING_CITY", 1000], ["RETURNED", 800],
  ["INACTIVE", 500], ["CITY_APPROVED", 34000], ["EXPORTED", 55000],
];
const CHANNEL_WEIGHTS: readonly Weighted[] = [["WINDOW", 55], ["HOME_VISIT", 30], ["RETURN_HOME", 10], ["IMPORT", 5]];
/** The stage a returned file came back from (drives its return row and whether it has a file number). */
const RETURN_FROM_WEIGHTS: readonly Weighted[] = [["PENDING_INITIAL", 60], ["PENDING_DISTRICT", 25], ["PENDING_CITY", 15]];
const DEFECTS: readonly (readonly [field: string, reason: string])[] = [
  ["doc.DISCHARGE_CERT", "退役证复印件不清晰，请重新扫描"], ["group.SERVICE", "入伍时间与退役证不一致"],
  ["person.contact", "联系电话无法接通，请核实"], ["group.BASIC", "学历与学历证明不符"], ["doc.PHOTO", "照片不符合要求"],
  ["categories", "人员类别与证明材料不符"], ["paperFile", "纸质档案存放位置未填写完整"], ["doc.HUKOU_BOOKLET", "户口簿缺少本人页"],
];
const BRANCHES = ["ARMY", "ARMY", "ARMY", "NAVY", "NAVY", "AIR_FORCE", "ROCKET_FORCE", "PAP", "JLSF"];
const EDUCATION = ["JUNIOR_HIGH", "JUNIOR_HIGH", "HIGH_SCHOOL", "HIGH_SCHOOL", "SECONDARY_SPECIALISED", "JUNIOR_COLLEGE", "BACHELOR", "PRIMARY", "TECHNICAL_SCHOOL"];
const POLITICAL = ["MASSES", "MASSES", "MASSES", "MASSES", "NON_PARTY", "MASSES"];

/** `CASE <expr> < w1 THEN v1 WHEN … END` over cumulative weights; the values are fixed enum literals above. */
function pickSql(expr: string, table: readonly Weighted[], cast: string): string {
  const total = table.reduce((a, [, w]) => a + w, 0);
  let acc = 0;
  const whens = table.slice(0, -1).map(([v, w]) => `WHEN ${expr} % ${total} < ${(acc += w)} THEN '${v}'`);
  return `(CASE ${whens.join(" ")} ELSE '${table[table.length - 1][0]}' END)::${cast}`;
}
const arraySql = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;
/** 1-based pick from a literal array by a non-negative hash. */
const fromArray = (values: readonly string[], expr: string) => `(${arraySql(values)})[1 + ${expr} % ${values.length}]`;

export type SeedProfilesResult = { profiles: number; groups: number; documents: number; returns: number; ms: number };

const STAGE = `"_seed_profile"`;

/**
 * Creates a profile for every live person without one (idempotent: a re-run only adds the
 * missing ones). Expects the demo accounts (collectors and reviewers are picked among them).
 */
export async function seedProfiles(url: string, opts: { log?: (m: string) => void } = {}): Promise<SeedProfilesResult> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const started = Date.now();
  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  try {
    return await seed(clients, log, started);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

async function seed([client, second]: pg.Client[], log: (m: string) => void, started: number): Promise<SeedProfilesResult> {
  const users = (await client.query<{ id: string; username: string; role: string }>(`SELECT id, username, role::text FROM "User" WHERE active ORDER BY username`)).rows;
  const idsOf = (pred: (u: { username: string; role: string }) => boolean) => users.filter(pred).map((u) => u.id);
  const clerks = idsOf((u) => u.role === "CLERK");
  const reviewers = idsOf((u) => u.role === "REVIEWER");
  if (clerks.length === 0 || reviewers.length === 0) throw new Error("没有采集人或审核人账号：请先写入演示数据");
  const byName = (name: string, fallback: string[]) => users.find((u) => u.username === name)?.id ?? fallback[0];
  const returnedBy = {
    PENDING_INITIAL: byName("town_reviewer", reviewers), PENDING_DISTRICT: byName("district_reviewer", reviewers), PENDING_CITY: byName("city_reviewer", reviewers),
  };

  const step = async (label: string, sql: string, params: unknown[] = [], on = client) => {
    const t = Date.now();
    const r = await on.query(sql, params);
    log(`  ${label}: ${r.rowCount ?? 0} 行，${((Date.now() - t) / 1000).toFixed(1)} s`);
    return r.rowCount ?? 0;
  };

  // h1 draws the status, h2 the category, h3 times and the rest; all in 0 … 2^32-1.
  const h = (salt: string) => `(hashtext(p.id || '${salt}')::bigint + 2147483648)`;
  const status = pickSql("h1", STATUS_WEIGHTS, `"ProfileStatus"`);
  await client.query(`DROP TABLE IF EXISTS ${STAGE}`);
  // File numbers continue each district-year counter, so numbers allocated later by approvals
  // (lib/ic/review/file-no.ts) never collide with seeded ones.
  const staged = await step("暂存档案", `
    CREATE UNLOGGED TABLE ${STAGE} AS
    WITH src AS (
      SELECT p.id AS pid, p."orgUnitId" AS u, p."orgPath" AS path, p."createdAt" AS created, p."birthDate" AS birth,
        ${h("#s")} AS h1, ${h("#c")} AS h2, ${h("#t")} AS h3
      FROM "Person" p
      WHERE p."deletedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "SubjectProfile" sp WHERE sp."personId" = p.id)
    ), drawn AS (
      SELECT src.*, ${status} AS status, ${pickSql("h2", CATEGORY_WEIGHTS, `"SubjectCategory"`)} AS pc,
        ${pickSql("(h3 / 7)", RETURN_FROM_WEIGHTS, "text")} AS from_status
      FROM src
    ), timed AS (
      SELECT drawn.*,
        CASE
          -- Waiting stages and returns: spread over the last 30 (20) days, so every queue has
          -- fresh items and items past their 5/10 working-day target.
          WHEN status IN ('PENDING_INITIAL','PENDING_DISTRICT','PENDING_CITY') THEN now() - make_interval(secs => h3 % (30 * 86400))
          WHEN status = 'RETURNED' THEN now() - make_interval(secs => h3 % (20 * 86400))
          WHEN status = 'DRAFT' THEN now() - make_interval(secs => h3 % (120 * 86400))
          -- Settled files: somewhere between registration and a month ago.
          ELSE least(now() - interval '30 days', created + (now() - created) * ((h3 % 1000) / 1000.0)::float8)
        END AS since
      FROM drawn
    ), tagged AS (
    SELECT 'cp' || substr(md5(pid), 1, 23) AS id, pid, u, path, birth, h1, h2, h3, status, pc, from_status,
      date_trunc('milliseconds', since) AS since, least(created, since) AS collected,
      CASE WHEN h2 % 1000 < 40 AND pc::text = ANY(${arraySql(VETERAN.filter((c) => c !== "DISABLED_VETERAN"))}) THEN ARRAY[pc, 'DISABLED_VETERAN'::"SubjectCategory"]
           WHEN h2 / 1000 % 1000 < 15 AND pc::text = ANY(${arraySql(VETERAN)}) THEN ARRAY[pc, 'ACTIVE_SERVICEMAN_RELATIVE'::"SubjectCategory"]
           ELSE ARRAY[pc] END AS categories,
      -- A file number is assigned at the initial approval (§3.1.4).
      (status IN ('PENDING_DISTRICT','PENDING_CITY','CITY_APPROVED','EXPORTED','INACTIVE') OR (status = 'RETURNED' AND from_status <> 'PENDING_INITIAL')) AS numbered,
      split_part(path, '/', 3) AS district, to_char(since AT TIME ZONE 'Asia/Shanghai', 'YYYY') AS yr
    FROM timed
    )
    SELECT t.*, CASE WHEN numbered THEN district || '-' || yr || '-' || lpad((coalesce(c.value, 0)
      + row_number() OVER (PARTITION BY numbered, district, yr ORDER BY since, id))::text, 6, '0') END AS file_no
    FROM tagged t LEFT JOIN "DocumentCounter" c ON c.key = 'ic.fileNo:' || t.district || ':' || t.yr`);
  if (staged === 0) {
    log("  所有人员均已有采集档案");
    await client.query(`DROP TABLE ${STAGE}`);
    return { profiles: 0, groups: 0, documents: 0, returns: 0, ms: Date.now() - started };
  }

  const settled = `status IN ('CITY_APPROVED','EXPORTED','INACTIVE')`;
  const profiles = await step("SubjectProfile", `
    INSERT INTO "SubjectProfile" (id, "personId", "fileNo", categories, "primaryCategory", "otherCategoryNote", status, "statusSince",
      "collectedById", "collectedAt", "collectionChannel", completeness, "lastVerifiedAt", "lastVerifiedById", "paperFile",
      "exportedAt", "exportDirty", "inactiveReason", "orgUnitId", "orgPath", "createdAt", "createdById", "updatedAt", version)
    SELECT id, pid, file_no, categories, pc, CASE WHEN pc = 'OTHER' THEN '其他按规定享受优待的人员' END, status, since,
      ($1::text[])[1 + h3 % cardinality($1::text[])], collected, ${pickSql("(h2 / 1000)", CHANNEL_WEIGHTS, `"CollectionChannel"`)},
      CASE WHEN status = 'DRAFT' THEN 10 + h3 % 80 WHEN status = 'RETURNED' THEN 85 + h3 % 15 ELSE 100 END,
      CASE WHEN ${settled} THEN (since - make_interval(days => (h3 % 400)::int))::date END,
      CASE WHEN ${settled} THEN $2 END,
      CASE WHEN file_no IS NOT NULL THEN jsonb_build_object('custodianOrgUnitId', u, 'room', '档案室', 'cabinetNo', (1 + h1 % 20)::text,
        'boxNo', (1 + h2 % 200)::text, 'itemNo', (1 + h3 % 50)::text, 'lastCheckedOn', to_char(since, 'YYYY-MM-DD')) END,
      CASE WHEN status = 'EXPORTED' THEN since END, status <> 'EXPORTED',
      CASE WHEN status = 'INACTIVE' THEN (CASE WHEN h3 % 10 < 7 THEN 'DECEASED' ELSE 'HUKOU_MOVED_OUT' END)::"InactiveReason" END,
      u, path, collected, ($1::text[])[1 + h3 % cardinality($1::text[])], since, 1 + h1 % 4
    FROM ${STAGE}`, [clerks, returnedBy.PENDING_DISTRICT]);

  // The child tables only reference the profiles: groups and checklist are filled concurrently
  // (the groups on the second connection), which on two cores costs about the longer of the two.
  // Groups 1 and 3 for every file, as cheap but schema-valid documents (lib/ic/groups).
  const groupsDone = step("ProfileGroup（基本信息、服役信息）", `
    INSERT INTO "ProfileGroup" (id, "profileId", "group", data, "markedNone", "updatedAt")
    SELECT 'cg' || substr(md5(id || 'B'), 1, 23), id, 'BASIC'::"ProfileGroupKey", jsonb_build_object(
        'ethnicity', CASE WHEN h1 % 50 = 0 THEN '03' ELSE '01' END,
        'politicalStatus', ${fromArray(POLITICAL, "h2")}, 'education', ${fromArray(EDUCATION, "h3")},
        'maritalStatus', CASE WHEN h1 % 10 < 8 THEN 'MARRIED' ELSE 'SINGLE' END, 'healthStatus', CASE WHEN h2 % 10 < 8 THEN 'HEALTHY' ELSE 'FAIR' END),
      false, since
    FROM ${STAGE}
    UNION ALL
    SELECT 'cg' || substr(md5(id || 'S'), 1, 23), id, 'SERVICE'::"ProfileGroupKey", jsonb_build_object('items', jsonb_build_array(jsonb_build_object(
        'key', 's1', 'enlistmentDate', to_char(e, 'YYYY-MM-DD'), 'dischargeDate', to_char(least(e + make_interval(years => (2 + h2 % 14)::int), current_date - 30), 'YYYY-MM-DD'),
        'branch', ${fromArray(BRANCHES, "h1")}, 'soldierType', CASE WHEN h2 % 10 < 6 THEN 'CONSCRIPT' WHEN h2 % 10 < 9 THEN 'NCO' ELSE 'OFFICER' END,
        'postCategory', CASE WHEN h3 % 3 = 0 THEN 'COMBAT' WHEN h3 % 3 = 1 THEN 'SUPPORT' ELSE 'TECHNICAL' END, 'combatOrTest', 'NONE',
        'dischargeCertType', 'DISCHARGE', 'dischargeCertNo', 'TY' || lpad((h3 % 100000000)::text, 8, '0')))),
      false, since
    FROM (SELECT *, least(birth + make_interval(years => (18 + h1 % 3)::int), current_date - 400) AS e FROM ${STAGE}) s`, [], second);

  // IC-03 checklist rows as createProfile writes them; settled files have their originals sighted.
  const documentsDone = step("SourceDocumentCheck", `
    INSERT INTO "SourceDocumentCheck" (id, "profileId", "docType", "itemKey", provided, "originalSighted", "verifiedById", "verifiedAt")
    SELECT 'cd' || substr(md5(s.id || d.t), 1, 23), s.id, d.t::"DocType", '',
      (CASE WHEN s.status IN ('DRAFT','RETURNED') AND (s.h3 + d.n) % 3 = 0 THEN 'NO' ELSE 'YES' END)::"YesNoNA",
      s.status NOT IN ('DRAFT','RETURNED'), CASE WHEN ${settled.replace("status", "s.status")} THEN $1 END, CASE WHEN ${settled.replace("status", "s.status")} THEN s.since END
    FROM ${STAGE} s
    JOIN (VALUES ('ID_CARD', 0, false), ('HUKOU_BOOKLET', 1, false), ('DISCHARGE_CERT', 2, true), ('PHOTO', 3, false), ('EDUCATION_CERT', 4, false)) AS d(t, n, veteran)
      ON NOT d.veteran OR s.pc::text = ANY(${arraySql(VETERAN)})`, [returnedBy.PENDING_DISTRICT]);
  const [groups, documents] = await Promise.all([groupsDone, documentsDone]);

  // The open return of every RETURNED file, and a resolved one in the history of ~4 % of the rest.
  const returns = await step("ProfileReturn", `
    INSERT INTO "ProfileReturn" (id, "profileId", "fromStatus", defects, "returnedById", "orgPath", at, "resolvedAt")
    SELECT 'cr' || substr(md5(id || 'R'), 1, 23), id, from_status,
      jsonb_build_array(jsonb_build_object('field', (${arraySql(DEFECTS.map((d) => d[0]))})[1 + h2 % ${DEFECTS.length}],
        'reason', (${arraySql(DEFECTS.map((d) => d[1]))})[1 + h2 % ${DEFECTS.length}])),
      CASE from_status WHEN 'PENDING_INITIAL' THEN $1 WHEN 'PENDING_DISTRICT' THEN $2 ELSE $3 END, path,
      CASE WHEN status = 'RETURNED' THEN since ELSE since - make_interval(days => (5 + h1 % 60)::int) END,
      CASE WHEN status = 'RETURNED' THEN NULL ELSE since - make_interval(days => (h1 % 5)::int) END
    FROM ${STAGE}
    WHERE status = 'RETURNED' OR (status NOT IN ('DRAFT','PENDING_INITIAL') AND h2 / 1000000 % 100 < 4)`,
  [returnedBy.PENDING_INITIAL, returnedBy.PENDING_DISTRICT, returnedBy.PENDING_CITY]);

  await step("档案号计数器", `
    INSERT INTO "DocumentCounter" (key, value)
    SELECT 'ic.fileNo:' || district || ':' || yr, max(split_part(file_no, '-', 3)::int) FROM ${STAGE} WHERE file_no IS NOT NULL GROUP BY 1
    ON CONFLICT (key) DO UPDATE SET value = greatest("DocumentCounter".value, excluded.value)`);
  await client.query(`DROP TABLE ${STAGE}`);

  // A bulk-loaded table is neither analysed nor all-visible yet; production tables are (autovacuum),
  // and the queue counts rely on index-only scans.
  const t = Date.now();
  const vacuum = async (on: pg.Client, tables: string[]) => {
    for (const table of tables) await on.query(`VACUUM (ANALYZE) "${table}"`);
  };
  await Promise.all([vacuum(client, ["SourceDocumentCheck", "ProfileReturn"]), vacuum(second, ["SubjectProfile", "ProfileGroup", "DocumentCounter"])]);
  log(`  VACUUM ANALYZE：${((Date.now() - t) / 1000).toFixed(1)} s`);
  const ms = Date.now() - started;
  log(`已建立 ${profiles} 份采集档案（${groups} 个信息组、${documents} 条材料核验、${returns} 条退回记录），用时 ${(ms / 1000).toFixed(1)} s`);
  return { profiles, groups, documents, returns, ms };
}
