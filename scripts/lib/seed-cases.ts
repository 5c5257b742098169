// Scale seeding of the service hall (scripts/seed-scale.ts, bench/run.ts, the demo start): service
// cases spread over every hall of the tree, two years of history, with a realistic mix of statuses,
// due dates and on-time completions, the material rows of open cases and the one-time notices of
// cases waiting for materials, device ratings of completed cases and the loops of the bad ones.
// Set-based like seed-profiles.ts: the mix is drawn in SQL from hashes (deterministic), one
// INSERT … SELECT per table. Bulk cases were not walked through the workflow: they carry no status
// history, contact cards or evaluation invitations.
import pg from "pg";

export type SeedCasesResult = { cases: number; materials: number; notices: number; evaluations: number; badReviews: number; staff: number; ms: number };

const STAGE = `"_seed_case"`;

/** Status per 1,000 cases: most completed, the rest spread over the open states of §3.12.2. */
const STATUS_CASE = `(CASE WHEN h % 1000 < 860 THEN 'COMPLETED' WHEN h % 1000 < 900 THEN 'PENDING_MATERIALS'
  WHEN h % 1000 < 940 THEN 'IN_PROGRESS' WHEN h % 1000 < 960 THEN 'ACCEPTED' WHEN h % 1000 < 970 THEN 'AWAITING_APPROVAL'
  WHEN h % 1000 < 980 THEN 'REGISTERED' WHEN h % 1000 < 990 THEN 'NOT_ACCEPTED' ELSE 'WITHDRAWN' END)`;

/**
 * Adds `count` cases (a re-run adds `count` more). Expects the org tree, the demo accounts and the
 * published catalogue. Halls without staff get two scale clerks each (they cannot log in: their
 * password hash is not a hash) — unless `createStaff` is false, when cases of such halls are skipped.
 */
export async function seedCases(url: string, opts: { count: number; createStaff?: boolean; log?: (m: string) => void }): Promise<SeedCasesResult> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (opts.count <= 0) return { cases: 0, materials: 0, notices: 0, evaluations: 0, badReviews: 0, staff: 0, ms: 0 };
    // The demo start keeps to the halls that have demo staff (no placeholder accounts in its user list).
    const staff = opts.createStaff === false ? 0 : await ensureHallStaff(client);
    const cases = await insertCases(client, opts.count, opts.createStaff !== false);
    const materials = await insertMaterials(client);
    const notices = await insertNotices(client);
    const evaluations = await insertEvaluations(client);
    const badReviews = await insertBadReviews(client);
    await bumpCounters(client);
    await client.query(`DROP TABLE IF EXISTS ${STAGE}`);
    await client.query(`VACUUM (ANALYZE) "ServiceCase"`);
    await client.query(`VACUUM (ANALYZE) "CaseMaterial"`);
    await client.query(`VACUUM (ANALYZE) "Evaluation"`);
    const ms = Date.now() - started;
    log(`已生成 ${cases} 件办件（材料 ${materials} 条、告知单 ${notices} 份、评价 ${evaluations} 条、差评闭环 ${badReviews} 件、新增规模窗口人员 ${staff} 名），用时 ${(ms / 1000).toFixed(1)} s`);
    return { cases, materials, notices, evaluations, badReviews, staff, ms };
  } finally {
    await client.end();
  }
}

/** Two clerks for every hall that has no clerk or reviewer of its own. */
async function ensureHallStaff(c: pg.Client): Promise<number> {
  const r = await c.query(`
    INSERT INTO "User" (id, username, "displayName", "orgUnitId", "orgPath", role, capabilities, "passwordHash", "mustChangePassword", active, "updatedAt")
    SELECT 'sc' || u.code || n, 'scale_' || u.code || '_' || n, '规模窗口员' || n, u.id, u.path, 'CLERK', '{}', 'x', false, true, now()
    FROM "OrgUnit" u CROSS JOIN generate_series(1, 2) n
    WHERE u."hasServiceHall" AND u.active
      AND NOT EXISTS (SELECT 1 FROM "User" x WHERE x."orgUnitId" = u.id AND x.role IN ('CLERK', 'REVIEWER') AND x.active)
    ON CONFLICT (username) DO NOTHING`);
  return r.rowCount ?? 0;
}

async function insertCases(c: pg.Client, count: number, warnDropped: boolean): Promise<number> {
  await c.query(`DROP TABLE IF EXISTS ${STAGE}`);
  // A re-run draws a different sample: the hashes are salted with the number of cases already there.
  const salt = (await c.query<{ n: string }>(`SELECT count(*) AS n FROM "ServiceCase"`)).rows[0].n;
  // One staged row per new case: the client (persons in hash order, repeated when cases outnumber
  // persons), the hall (the client's street 70 %, district 30 %: the seeded catalogue
  // receives nothing at the city centre), handler, item, status.
  await c.query(`
    CREATE UNLOGGED TABLE ${STAGE} AS
    WITH halls AS (
      SELECT u.id, u.code, u.path, u.level, array_agg(s.id ORDER BY s.username) AS handlers
      FROM "OrgUnit" u JOIN "User" s ON s."orgUnitId" = u.id AND s.role IN ('CLERK', 'REVIEWER') AND s.active
      WHERE u."hasServiceHall" AND u.active GROUP BY u.id
    ), base AS (
      SELECT p.id AS person_id, p."orgUnitId" AS owner_id, p."orgPath" AS owner_path,
        abs(hashtext(p.id || ':' || g || ':' || $2)) AS h, g
      FROM "Person" p CROSS JOIN generate_series(1, greatest(1, ceil($1::numeric / greatest(1, (SELECT count(*) FROM "Person" WHERE "deletedAt" IS NULL)))::int)) g
      WHERE p."deletedAt" IS NULL
      ORDER BY abs(hashtext(p.id || ':' || g || ':' || $2)) LIMIT $1
    ), placed AS (
      -- The wanted hall's path is computed once per row, then hash-joined to the halls.
      SELECT b.*, (CASE WHEN b.h % 100 < 70 THEN 4 ELSE 3 END) AS depth FROM base b
    ), pathed AS (
      SELECT pl.*, array_to_string((string_to_array(pl.owner_path, '/'))[1:pl.depth], '/') || '/' AS want FROM placed pl
    )
    SELECT 'sk' || md5(pl.person_id || ':' || pl.g || ':' || $2) AS id, pl.person_id, pl.owner_id, pl.owner_path, pl.h,
      coalesce(hl.id, (SELECT id FROM halls WHERE level = 'CITY' LIMIT 1)) AS hall_id,
      ${STATUS_CASE} AS status
    FROM pathed pl LEFT JOIN halls hl ON hl.path = pl.want`, [count, salt]);
  await c.query(`ALTER TABLE ${STAGE} ADD COLUMN handler_id text, ADD COLUMN item_id text, ADD COLUMN received timestamptz, ADD COLUMN hall_code text, ADD COLUMN hall_path text`);
  await c.query(`
    WITH halls AS (
      SELECT u.id, u.code, u.path, u.level, array_agg(s.id ORDER BY s.username) AS handlers
      FROM "OrgUnit" u JOIN "User" s ON s."orgUnitId" = u.id AND s.role IN ('CLERK', 'REVIEWER') AND s.active
      WHERE u."hasServiceHall" AND u.active GROUP BY u.id
    ), items AS (
      SELECT level, array_agg(i.id ORDER BY i.code) AS ids FROM "ServiceItem" i CROSS JOIN unnest(i.levels) AS level
      WHERE i.status = 'PUBLISHED' GROUP BY level
    )
    UPDATE ${STAGE} s SET handler_id = hl.handlers[1 + (s.h / 7) % array_length(hl.handlers, 1)],
      item_id = it.ids[1 + (s.h / 13) % array_length(it.ids, 1)], hall_code = hl.code, hall_path = hl.path,
      -- Open cases arrived in the last 40 days; the rest over two years (working hours, Shanghai).
      received = date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'
        - ((CASE WHEN s.status IN ('COMPLETED', 'NOT_ACCEPTED', 'WITHDRAWN') THEN 30 + (s.h / 17) % 700 ELSE (s.h / 17) % 40 END) || ' days')::interval
        + ((510 + (s.h / 19) % 480) || ' minutes')::interval
    FROM halls hl, items it WHERE hl.id = s.hall_id AND it.level = hl.level`);
  const dropped = await c.query(`DELETE FROM ${STAGE} WHERE handler_id IS NULL OR item_id IS NULL`);
  if (dropped.rowCount && warnDropped) console.warn(`[seed-cases] ${dropped.rowCount} staged cases had no hall staff or item and were dropped`);
  const r = await c.query(`
    INSERT INTO "ServiceCase" (id, "caseNo", "serviceItemId", "itemCode", "itemVersion", "itemName", "promisedWorkingDays",
      "clientPersonId", channel, "windowId", "receivedAt", "firstHandlerId", "primaryResponsibleId", status, "acceptedAt",
      "promisedDueDate", "dueDate", "completedAt", outcome, "lunchService", "hallOrgUnitId", "hallOrgPath", "orgUnitId", "orgPath",
      "createdAt", "createdById", "updatedAt", version)
    SELECT s.id,
      s.hall_code || '-' || to_char(s.received AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' ||
        lpad((row_number() OVER (PARTITION BY s.hall_code, (s.received AT TIME ZONE 'Asia/Shanghai')::date ORDER BY s.received, s.id)
          + coalesce(dc.value, 0))::text, 4, '0'),
      i.id, i.code, i."itemVersion", i.name, i."promisedWorkingDays", s.person_id,
      (CASE WHEN s.h % 10 < 8 THEN 'WINDOW' WHEN s.h % 10 < 9 THEN 'PHONE' ELSE 'HOME' END)::"Channel",
      CASE WHEN s.h % 10 < 8 THEN w."windowId" END, s.received, s.handler_id, s.handler_id, s.status::"CaseStatus",
      CASE WHEN s.status NOT IN ('REGISTERED', 'PENDING_MATERIALS', 'NOT_ACCEPTED', 'WITHDRAWN') THEN s.received + interval '20 minutes' END,
      d.due, CASE WHEN s.status NOT IN ('REGISTERED', 'PENDING_MATERIALS', 'NOT_ACCEPTED', 'WITHDRAWN') THEN d.due END,
      -- 9 in 10 finish within the promised days, the rest 1–5 days late.
      CASE WHEN s.status = 'COMPLETED' AND (s.h / 23) % 10 < 9 THEN s.received + (d.due - (s.received AT TIME ZONE 'Asia/Shanghai')::date) * ((s.h / 29) % 100) / 100.0 * interval '1 day'
        WHEN s.status = 'COMPLETED' THEN ((d.due + 1 + (s.h / 31) % 5)::timestamp + interval '15 hours') AT TIME ZONE 'Asia/Shanghai'
        WHEN s.status IN ('NOT_ACCEPTED', 'WITHDRAWN') THEN s.received + interval '1 hour' END,
      (CASE s.status WHEN 'COMPLETED' THEN (CASE WHEN s.h % 20 = 0 THEN 'REJECTED' ELSE 'APPROVED' END) WHEN 'NOT_ACCEPTED' THEN 'NOT_ACCEPTED' WHEN 'WITHDRAWN' THEN 'WITHDRAWN' END)::"CaseOutcome",
      to_char(s.received AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') BETWEEN '12:00' AND '13:29',
      s.hall_id, s.hall_path, s.owner_id, s.owner_path, s.received, s.handler_id, s.received, 0
    FROM ${STAGE} s
    JOIN "ServiceItem" i ON i.id = s.item_id
    -- Working days approximated as 7/5 calendar days for bulk data; live cases use the WorkCalendar.
    CROSS JOIN LATERAL (SELECT ((s.received AT TIME ZONE 'Asia/Shanghai')::date + ceil(i."promisedWorkingDays" * 1.4)::int) AS due) d
    LEFT JOIN LATERAL (SELECT a."windowId" FROM "AbRoleAssignment" a WHERE a."aUserId" = s.handler_id OR a."bUserId" = s.handler_id ORDER BY (a."aUserId" = s.handler_id) DESC LIMIT 1) w ON true
    LEFT JOIN "DocumentCounter" dc ON dc.key = 'CASE:' || s.hall_code || ':' || to_char(s.received AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')
    ON CONFLICT DO NOTHING`);
  return r.rowCount ?? 0;
}

/** The item's material list on every open case: checked OK once accepted, one missing while waiting. */
async function insertMaterials(c: pg.Client): Promise<number> {
  const r = await c.query(`
    INSERT INTO "CaseMaterial" (id, "caseId", "materialDefId", name, "originalOrCopy", count, mandatory, "howToObtain", state, "sortOrder")
    SELECT 'sm' || md5(s.id || m.id), s.id, m.id, m.name, m."originalOrCopy", m.count, m.mandatory, m."howToObtain",
      (CASE WHEN s.status = 'REGISTERED' THEN 'PENDING' WHEN s.status = 'PENDING_MATERIALS' AND m."sortOrder" = 1 THEN 'MISSING' ELSE 'OK' END)::"CaseMaterialState",
      m."sortOrder"
    FROM ${STAGE} s JOIN "MaterialDef" m ON m."serviceItemId" = s.item_id
    WHERE s.status IN ('REGISTERED', 'PENDING_MATERIALS', 'ACCEPTED', 'IN_PROGRESS', 'AWAITING_APPROVAL')
    ON CONFLICT DO NOTHING`);
  return r.rowCount ?? 0;
}

/** The first (and only) notice of every case waiting for materials, and of 1 in 8 completed cases. */
async function insertNotices(c: pg.Client): Promise<number> {
  const r = await c.query(`
    INSERT INTO "OneTimeNotice" (id, "noticeNo", "caseId", sequence, status, "inScope", "requiredMaterials", "timeLimit",
      "missingMaterials", "issuedById", "issuedAt", "orgPath")
    SELECT 'sn' || md5(s.id), 'NS-' || substr(md5(s.id), 1, 24), s.id, 1, 'ISSUED', true, '[]'::jsonb,
      '自受理之日起' || i."promisedWorkingDays" || '个工作日内办结',
      jsonb_build_array(jsonb_build_object('name', coalesce(m.name, '相关证明材料'), 'howToObtain', coalesce(m."howToObtain", '请向出具部门申请'))),
      s.handler_id, s.received + interval '10 minutes', s.hall_path
    FROM ${STAGE} s JOIN "ServiceItem" i ON i.id = s.item_id
    LEFT JOIN "MaterialDef" m ON m."serviceItemId" = s.item_id AND m."sortOrder" = 1
    WHERE s.status = 'PENDING_MATERIALS' OR (s.status = 'COMPLETED' AND s.h % 8 = 0)
    ON CONFLICT DO NOTHING`);
  return r.rowCount ?? 0;
}

/**
 * Two in five completed cases rated at the window's device (§9.1.3), mostly satisfied; 3 in 100 of
 * the ratings are bad (不满意 / 非常不满意).
 */
async function insertEvaluations(c: pg.Client): Promise<number> {
  const r = await c.query(`
    INSERT INTO "Evaluation" (id, channel, "evaluatorType", "orgUnitId", "orgPath", "windowId", "staffUserId", "caseId", "serviceItemCode",
      overall, "indicatorScores", "realName", "submittedAt")
    SELECT 'se' || md5(k.id), 'DEVICE', 'CLIENT', k."hallOrgUnitId", k."hallOrgPath", k."windowId", k."firstHandlerId", k.id, k."itemCode",
      (CASE WHEN s.h % 100 < 55 THEN 'VERY_SATISFIED' WHEN s.h % 100 < 88 THEN 'SATISFIED' WHEN s.h % 100 < 97 THEN 'BASIC'
        WHEN s.h % 100 < 99 THEN 'DISSATISFIED' ELSE 'VERY_DISSATISFIED' END)::"Satisfaction",
      jsonb_build_object('STAFF_ATTITUDE', 5 - (s.h / 41) % 2, 'EFFICIENCY', 5 - (s.h / 43) % 3), false, k."completedAt" + interval '5 minutes'
    FROM ${STAGE} s JOIN "ServiceCase" k ON k.id = s.id
    WHERE s.status = 'COMPLETED' AND (s.h / 37) % 5 < 2
    ON CONFLICT DO NOTHING`);
  return r.rowCount ?? 0;
}

/**
 * EVA-04: every bad rating opens its loop. Old ones are closed; those of the last 30 days wait at
 * 差评发现 for the unit's reviewer (anonymous device ratings: no revisit, AMB-51).
 */
async function insertBadReviews(c: pg.Client): Promise<number> {
  const r = await c.query(`
    INSERT INTO "BadReviewCase" (id, "evaluationId", source, "orgUnitId", "unitLevel", "orgPath", "staffUserId", "windowId", "serviceItemCode", "caseId",
      description, anonymous, "issueTags", status, "stepDueDate", "foundAt", "closedAt", "createdAt", "updatedAt")
    SELECT 'sb' || md5(e.id), e.id, 'EVALUATION', e."orgUnitId", u.level, e."orgPath", e."staffUserId", e."windowId", e."serviceItemCode", e."caseId",
      '窗口评价器差评', true, CASE WHEN e."submittedAt" < now() - interval '30 days' THEN ARRAY['EFFICIENCY'] ELSE '{}' END,
      (CASE WHEN e."submittedAt" < now() - interval '30 days' THEN 'CLOSED' ELSE 'FOUND' END)::"BadReviewStatus",
      CASE WHEN e."submittedAt" >= now() - interval '30 days' THEN ((e."submittedAt" AT TIME ZONE 'Asia/Shanghai')::date + 1) END,
      e."submittedAt", CASE WHEN e."submittedAt" < now() - interval '30 days' THEN e."submittedAt" + interval '20 days' END, e."submittedAt", e."submittedAt"
    FROM "Evaluation" e JOIN ${STAGE} s ON s.id = e."caseId" JOIN "OrgUnit" u ON u.id = e."orgUnitId"
    WHERE e.overall IN ('DISSATISFIED', 'VERY_DISSATISFIED')
    ON CONFLICT DO NOTHING`);
  return r.rowCount ?? 0;
}

/** Live registrations continue each hall's daily numbering after the seeded cases (caseNo is unique). */
async function bumpCounters(c: pg.Client): Promise<void> {
  await c.query(`
    INSERT INTO "DocumentCounter" (key, value)
    SELECT 'CASE:' || split_part("caseNo", '-', 1) || ':' || split_part("caseNo", '-', 2), max(split_part("caseNo", '-', 3)::int)
    FROM "ServiceCase" GROUP BY 1
    ON CONFLICT (key) DO UPDATE SET value = GREATEST("DocumentCounter".value, EXCLUDED.value)`);
}
