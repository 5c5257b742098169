// The registry scenarios of bench/run.ts (login, desk, person lookup, list and detail): their
// fixtures, the SQL each page runs (copied from Prisma's query log; keep in step with
// lib/*/queries.ts) and the HTTP requests.
import type pg from "pg";
import { decryptField } from "../lib/core/crypto";
import { loginBody, type Scenario } from "./lib-http";
import type { Step } from "./lib-stats";

export const Q = {
  sessionUser: `SELECT "public"."User"."id", "public"."User"."username", "public"."User"."displayName", "public"."User"."mobile", "public"."User"."orgUnitId", "public"."User"."orgPath", "public"."User"."role"::text, "public"."User"."capabilities"::text[], "public"."User"."passwordHash", "public"."User"."mustChangePassword", "public"."User"."passwordChangedAt", "public"."User"."failedLogins", "public"."User"."lockedUntil", "public"."User"."totpSecretCipher", "public"."User"."totpEnabled", "public"."User"."sessionEpoch", "public"."User"."active", "public"."User"."lastLoginAt", "public"."User"."createdAt", "public"."User"."createdById", "public"."User"."updatedAt", "public"."User"."updatedById", "public"."User"."version" FROM "public"."User" WHERE ("public"."User"."id" = $1 AND 1=1) LIMIT $2 OFFSET $3`,
  loginUser: `SELECT "public"."User"."id", "public"."User"."username", "public"."User"."displayName", "public"."User"."mobile", "public"."User"."orgUnitId", "public"."User"."orgPath", "public"."User"."role"::text, "public"."User"."capabilities"::text[], "public"."User"."passwordHash", "public"."User"."mustChangePassword", "public"."User"."passwordChangedAt", "public"."User"."failedLogins", "public"."User"."lockedUntil", "public"."User"."totpSecretCipher", "public"."User"."totpEnabled", "public"."User"."sessionEpoch", "public"."User"."active", "public"."User"."lastLoginAt", "public"."User"."createdAt", "public"."User"."createdById", "public"."User"."updatedAt", "public"."User"."updatedById", "public"."User"."version" FROM "public"."User" WHERE ("public"."User"."username" = $1 AND 1=1) LIMIT $2 OFFSET $3`,
  sessionUnit: `SELECT "public"."OrgUnit"."id", "public"."OrgUnit"."name", "public"."OrgUnit"."level"::text, "public"."OrgUnit"."path", "public"."OrgUnit"."active" FROM "public"."OrgUnit" WHERE "public"."OrgUnit"."id" = $1 OFFSET $2`,
  unitPath: `SELECT "public"."OrgUnit"."id", "public"."OrgUnit"."path" FROM "public"."OrgUnit" WHERE ("public"."OrgUnit"."id" = $1 AND "public"."OrgUnit"."path"::text LIKE ($2 || '%')) LIMIT $3 OFFSET $4`,
  listByUnitAndName: `SELECT "public"."Person"."id", "public"."Person"."name", "public"."Person"."idMasked", "public"."Person"."gender"::text, "public"."Person"."birthDate", "public"."Person"."mobile", "public"."Person"."isDeceased", "public"."Person"."orgUnitId" FROM "public"."Person" WHERE ("public"."Person"."deletedAt" IS NULL AND "public"."Person"."orgPath"::text LIKE ($1 || '%') AND "public"."Person"."name"::text LIKE ($2 || '%') AND "public"."Person"."orgPath"::text LIKE ($3 || '%')) ORDER BY "public"."Person"."orgPath" ASC, "public"."Person"."name" ASC, "public"."Person"."id" ASC LIMIT $4 OFFSET $5`,
  listByName: `SELECT "public"."Person"."id", "public"."Person"."name", "public"."Person"."idMasked", "public"."Person"."gender"::text, "public"."Person"."birthDate", "public"."Person"."mobile", "public"."Person"."isDeceased", "public"."Person"."orgUnitId" FROM "public"."Person" WHERE ("public"."Person"."deletedAt" IS NULL AND "public"."Person"."name"::text LIKE ($1 || '%') AND "public"."Person"."orgPath"::text LIKE ($2 || '%')) ORDER BY "public"."Person"."orgPath" ASC, "public"."Person"."name" ASC, "public"."Person"."id" ASC LIMIT $3 OFFSET $4`,
  unitsByIds: `SELECT "public"."OrgUnit"."id", "public"."OrgUnit"."name" FROM "public"."OrgUnit" WHERE "public"."OrgUnit"."id" = ANY($1::text[]) OFFSET $2`,
  unitOptions: `SELECT "public"."OrgUnit"."id", "public"."OrgUnit"."name", "public"."OrgUnit"."level"::text, "public"."OrgUnit"."path", "public"."OrgUnit"."code" FROM "public"."OrgUnit" WHERE ("public"."OrgUnit"."path"::text LIKE ($1 || '%') AND "public"."OrgUnit"."level" IN (CAST($2::text AS "public"."OrgLevel"),CAST($3::text AS "public"."OrgLevel"),CAST($4::text AS "public"."OrgLevel")) AND "public"."OrgUnit"."active" = $5 AND "public"."OrgUnit"."path"::text LIKE ($6 || '%')) ORDER BY "public"."OrgUnit"."path" ASC LIMIT $7 OFFSET $8`,
  lookup: `SELECT "public"."Person"."id" FROM "public"."Person" WHERE ("public"."Person"."idNumberHash" = $1 AND "public"."Person"."deletedAt" IS NULL AND "public"."Person"."orgPath"::text LIKE ($2 || '%')) LIMIT $3 OFFSET $4`,
  countPersons: `SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."Person"."id" FROM "public"."Person" WHERE ("public"."Person"."deletedAt" IS NULL AND "public"."Person"."orgPath"::text LIKE ($1 || '%')) OFFSET $2) AS "sub"`,
  countRecent: `SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."Person"."id" FROM "public"."Person" WHERE ("public"."Person"."deletedAt" IS NULL AND "public"."Person"."createdAt" >= $1 AND "public"."Person"."orgPath"::text LIKE ($2 || '%')) OFFSET $3) AS "sub"`,
  myActivity: `SELECT "public"."AuditEvent"."id", "public"."AuditEvent"."at", "public"."AuditEvent"."action", "public"."AuditEvent"."entityType", "public"."AuditEvent"."reason" FROM "public"."AuditEvent" WHERE ("public"."AuditEvent"."userId" = $1 AND "public"."AuditEvent"."orgPath"::text LIKE ($2 || '%')) ORDER BY "public"."AuditEvent"."at" DESC, "public"."AuditEvent"."id" DESC LIMIT $3 OFFSET $4`,
  detail: `SELECT "public"."Person"."id", "public"."Person"."idNumberHash", "public"."Person"."idNumberCipher", "public"."Person"."idMasked", "public"."Person"."name", "public"."Person"."formerName", "public"."Person"."gender"::text, "public"."Person"."birthDate", "public"."Person"."mobile", "public"."Person"."landline", "public"."Person"."hukouAddress", "public"."Person"."residenceAddress", "public"."Person"."isDeceased", "public"."Person"."deathDate", "public"."Person"."orgUnitId", "public"."Person"."orgPath", "public"."Person"."createdAt", "public"."Person"."createdById", "public"."Person"."updatedAt", "public"."Person"."updatedById", "public"."Person"."version", "public"."Person"."deletedAt" FROM "public"."Person" WHERE ("public"."Person"."id" = $1 AND "public"."Person"."deletedAt" IS NULL AND "public"."Person"."orgPath"::text LIKE ($2 || '%')) LIMIT $3 OFFSET $4`,
  detailUnit: `SELECT "public"."OrgUnit"."id", "public"."OrgUnit"."name", "public"."OrgUnit"."path", "public"."OrgUnit"."officePhone" FROM "public"."OrgUnit" WHERE "public"."OrgUnit"."id" = ANY($1::text[]) OFFSET $2`,
};

export type BenchContext = {
  base: string;
  /** Session cookie per demo username. */
  cookies: Record<string, string>;
  loginCsrf: { token: string; cookie: string };
  argonMs: number;
};

type User = { id: string; username: string; orgUnitId: string };

/** Fixtures and SQL of the registry pages; `scenarios` is called once the server is up. */
export async function prepareCore(c: pg.Client, log: (m: string) => void) {
  const one = async <T>(sql: string, p: unknown[] = []) => (await c.query(sql, p)).rows[0] as T;
  const district = await one<{ id: string; path: string }>(`SELECT id, path FROM "OrgUnit" WHERE code = '370202'`);
  const city = await one<{ id: string; path: string }>(`SELECT id, path FROM "OrgUnit" WHERE code = '370200'`);
  // The busiest town of the district, so the list has a realistic number of candidates.
  const town = await one<{ id: string; path: string; n: string }>(
    `SELECT u.id, u.path, count(*) AS n FROM "OrgUnit" u JOIN "Person" p ON p."orgPath" LIKE u.path || '%'
     WHERE u.level = 'TOWN' AND u.path LIKE $1 || '%' GROUP BY u.id, u.path ORDER BY n DESC LIMIT 1`, [district.path]);
  const person = await one<{ id: string; idNumberCipher: string; idNumberHash: string }>(
    `SELECT id, "idNumberCipher", "idNumberHash" FROM "Person" WHERE "orgPath" LIKE $1 || '%' ORDER BY "idNumberHash" OFFSET 1000 LIMIT 1`, [district.path]);
  const idNumber = decryptField(person.idNumberCipher);
  const users = Object.fromEntries(((await c.query(`SELECT id, username, "orgUnitId" FROM "User"`)).rows as User[]).map((u) => [u.username, u]));
  const scoped = (await one<{ n: string }>(`SELECT count(*) AS n FROM "Person" WHERE "orgPath" LIKE $1 || '%'`, [district.path])).n;
  const inTown = (await one<{ n: string }>(`SELECT count(*) AS n FROM "Person" WHERE "orgPath" LIKE $1 || '%' AND name LIKE '王%'`, [town.path])).n;
  log(`persons: ${scoped} in 市南区 (district_clerk), ${town.n} in the busiest town, ${inTown} of them 王…`);

  const NAME = "王";
  const dc = users.district_clerk;
  const cc = users.city_clerk;
  const session = (u: User): Step[] => [[Q.sessionUser, [u.id, 1, 0]], [Q.sessionUnit, [u.orgUnitId, 0]]];
  const listRows = await c.query(Q.listByUnitAndName, [town.path, NAME, district.path, 51, 0]);
  const listUnitIds = (listRows.rows as { orgUnitId: string }[]).map((r) => r.orgUnitId);
  const cityRows = await c.query(Q.listByName, [NAME, city.path, 51, 0]);
  const cityUnitIds = (cityRows.rows as { orgUnitId: string }[]).map((r) => r.orgUnitId);
  const today = new Date(Date.now() - 30 * 86_400_000);
  const options = (p: string): Step => [Q.unitOptions, [p, "DISTRICT", "TOWN", "VILLAGE", true, p, 5000, 0]];

  const sqlOf: Record<string, Step[]> = {
    floor: [],
    login: [[Q.loginUser, [dc.username, 1, 0]], [Q.sessionUnit, [dc.orgUnitId, 0]]],
    home: [...session(dc), [Q.countPersons, [district.path, 0]], [Q.countRecent, [today, district.path, 0]], [Q.myActivity, [dc.id, district.path, 10, 0]]],
    "home-city": [...session(cc), [Q.countPersons, [city.path, 0]], [Q.countRecent, [today, city.path, 0]], [Q.myActivity, [cc.id, city.path, 10, 0]]],
    "person-lookup-id": [...session(dc), [Q.lookup, [person.idNumberHash, district.path, 1, 0]]],
    "person-list": [...session(dc), [Q.unitPath, [town.id, district.path, 1, 0]], [Q.listByUnitAndName, [town.path, NAME, district.path, 51, 0]], [Q.unitsByIds, [listUnitIds, 0]], options(district.path)],
    "person-list-city": [...session(cc), [Q.listByName, [NAME, city.path, 51, 0]], [Q.unitsByIds, [cityUnitIds, 0]], options(city.path)],
    "person-detail": [...session(dc), [Q.detail, [person.id, district.path, 1, 0]], [Q.detailUnit, [[town.id], 0]]],
  };
  const explains: [string, Step][] = [
    ["person-list (district scope, town + 王)", sqlOf["person-list"][3]],
    ["person-list-city (city scope, 王)", sqlOf["person-list-city"][2]],
    ["person-lookup-id (blind index)", sqlOf["person-lookup-id"][2]],
    ["home: scoped COUNT(*) (district)", sqlOf.home[2]],
    ["home-city: scoped COUNT(*) (city)", sqlOf["home-city"][2]],
  ];

  const scenarios = (ctx: BenchContext): Scenario[] => {
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const district = ctx.cookies.district_clerk;
    const cityCookie = ctx.cookies.city_clerk;
    return [
      { name: "floor", path: "/bench-floor", expect: 200, connections: [1, 10], steps: sqlOf.floor },
      { name: "login", path: "/api/auth/callback/credentials", method: "POST", headers: { ...form, cookie: ctx.loginCsrf.cookie }, body: loginBody("district_clerk", ctx.loginCsrf.token), expect: 200, connections: [1, 4], steps: sqlOf.login, note: `argon2 verify alone ${ctx.argonMs.toFixed(0)} ms` },
      { name: "home", path: "/", headers: { cookie: district }, expect: 200, connections: [1, 10], steps: sqlOf.home },
      { name: "home-city", path: "/", headers: { cookie: cityCookie }, expect: 200, connections: [1, 10], steps: sqlOf["home-city"], note: "city_clerk: COUNT(*) over 300k" },
      // The hall's ID box posts to /persons/lookup (ID numbers stay out of URLs): a 303 to the person.
      { name: "person-lookup-id", path: "/persons/lookup", method: "POST", headers: { ...form, cookie: district }, body: new URLSearchParams({ idNumber }).toString(), expect: 303, connections: [1, 10], steps: sqlOf["person-lookup-id"] },
      { name: "person-list", path: `/persons?name=${encodeURIComponent(NAME)}&unitId=${town.id}`, headers: { cookie: district }, expect: 200, connections: [1, 10], steps: sqlOf["person-list"] },
      { name: "person-list-city", path: `/persons?name=${encodeURIComponent(NAME)}`, headers: { cookie: cityCookie }, expect: 200, connections: [1, 10], steps: sqlOf["person-list-city"], note: "city_clerk, 300k in scope" },
      { name: "person-detail", path: `/persons/${person.id}`, headers: { cookie: district }, expect: 200, connections: [1, 10], steps: sqlOf["person-detail"], note: "writes an audit row per view" },
    ];
  };
  return { sqlOf, explains, scenarios, users: ["district_clerk", "city_clerk"] };
}
