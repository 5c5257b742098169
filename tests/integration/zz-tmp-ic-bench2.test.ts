import { it } from "vitest";
import { randomInt } from "node:crypto";
import os from "node:os"; import path from "node:path"; import { mkdtempSync } from "node:fs";
import { db } from "@/lib/core/db";
import { encryptField } from "@/lib/core/crypto";
import { runReport } from "@/lib/ic/reports/run-report";
import { createProvincialBatch } from "@/lib/ic/export/provincial-batch";
import { makeUser } from "../support/factories";
process.env.BLOB_DIR ||= mkdtempSync(path.join(os.tmpdir(), "ic-exports-"));

it("bench reports 300k", async () => {
  const cityCode = "6" + String(randomInt(1e5)).padStart(5, "0");
  const city = await db.orgUnit.create({ data: { code: cityCode, name: "基准市", level: "CITY", path: `/${cityCode}/` } });
  const villages: { id: string; path: string }[] = [];
  for (let d = 0; d < 10; d++) {
    const dc = cityCode.slice(0, 4) + String(10 + d);
    const dist = await db.orgUnit.create({ data: { code: "5" + dc.slice(1), name: `区${d}`, level: "DISTRICT", parentId: city.id, path: `${city.path}${"5" + dc.slice(1)}/` } });
    for (let t = 0; t < 6; t++) {
      const tc = dist.code + String(t).padStart(3, "0");
      const town = await db.orgUnit.create({ data: { code: tc, name: `镇${d}${t}`, level: "TOWN", parentId: dist.id, path: `${dist.path}${tc}/` } });
      for (let v = 0; v < 9; v++) {
        const vc = tc + String(v).padStart(3, "0");
        villages.push(await db.orgUnit.create({ data: { code: vc, name: `村${d}${t}${v}`, level: "VILLAGE", parentId: town.id, path: `${town.path}${vc}/` } }));
      }
    }
  }
  const admin = await makeUser(city, "ADMIN", ["EXPORT_UNMASKED"]);
  const reviewer = await makeUser(city, "REVIEWER");
  const ids = villages.map((v) => v.id), paths = villages.map((v) => v.path);
  let t = Date.now();
  await db.$executeRawUnsafe(`
    INSERT INTO "Person" (id, "idNumberHash", "idNumberCipher", "idMasked", name, gender, "birthDate", "orgUnitId", "orgPath", "updatedAt")
    SELECT 'bp' || g, md5('h' || g || random()), '${encryptField("370202195001011234")}', '370202********0000', '张三', CASE WHEN g % 3 = 0 THEN 'FEMALE'::"Gender" ELSE 'MALE'::"Gender" END,
      DATE '1930-01-01' + (g % 25000), (ARRAY[${ids.map((i) => `'${i}'`).join(",")}])[1 + g % ${ids.length}],
      (ARRAY[${paths.map((i) => `'${i}'`).join(",")}])[1 + g % ${ids.length}], now()
    FROM generate_series(1, 300000) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "SubjectProfile" (id, "personId", categories, "primaryCategory", status, "statusSince", "collectedById", "collectionChannel", "orgUnitId", "orgPath", "updatedAt", "lastVerifiedAt")
    SELECT 'bs' || p.id, p.id,
      ARRAY[(enum_range(NULL::"SubjectCategory"))[1 + (h % 16)], (enum_range(NULL::"SubjectCategory"))[1 + ((h / 16) % 16)]]::"SubjectCategory"[],
      (enum_range(NULL::"SubjectCategory"))[1 + (h % 16)],
      (ARRAY['DRAFT','PENDING_INITIAL','PENDING_DISTRICT','PENDING_CITY','EXPORTED','EXPORTED','EXPORTED','RETURNED'])[1 + (h % 8)]::"ProfileStatus",
      now() - (h % 60) * interval '1 day', '${reviewer.user.id}', 'WINDOW', p."orgUnitId", p."orgPath", now(),
      CASE WHEN h % 3 = 0 THEN NULL ELSE current_date - (h % 700) END
    FROM (SELECT id, "orgUnitId", "orgPath", abs(hashtext(id)) AS h FROM "Person" WHERE id LIKE 'bp%') p`);
  await db.$executeRawUnsafe(`ANALYZE "Person"; `); await db.$executeRawUnsafe(`ANALYZE "SubjectProfile"`);
  console.log("seeded ms", Date.now() - t);
  const cp = city.path;
  const q1 = `EXPLAIN (ANALYZE, BUFFERS) SELECT split_part(p."orgPath", '/', 3) AS child,
        CASE WHEN GROUPING(p."primaryCategory") = 0 THEN 'cat' WHEN GROUPING(pe.gender) = 0 THEN 'gender' ELSE 'band' END AS dim,
        coalesce(p."primaryCategory"::text, pe.gender::text, (CASE WHEN date_part('year', age(DATE '2026-01-01', pe."birthDate")) < 30 THEN 0 WHEN date_part('year', age(DATE '2026-01-01', pe."birthDate")) < 40 THEN 1 ELSE 6 END)::text) AS key, count(*)::int AS n
      FROM "SubjectProfile" p JOIN "Person" pe ON pe.id = p."personId"
      WHERE p."orgPath" LIKE '${cp}' || '%' AND p."deletedAt" IS NULL AND p.status IN ('CITY_APPROVED','EXPORTED')
      GROUP BY GROUPING SETS ((split_part(p."orgPath", '/', 3), p."primaryCategory"), (split_part(p."orgPath", '/', 3), pe.gender), (split_part(p."orgPath", '/', 3), CASE WHEN date_part('year', age(DATE '2026-01-01', pe."birthDate")) < 30 THEN 0 WHEN date_part('year', age(DATE '2026-01-01', pe."birthDate")) < 40 THEN 1 ELSE 6 END))`;
  const q2 = `EXPLAIN (ANALYZE, BUFFERS) SELECT split_part(p."orgPath", '/', 3) AS child, c::text AS key, count(*)::int AS n
      FROM "SubjectProfile" p, unnest(p.categories) c
      WHERE p."orgPath" LIKE '${cp}' || '%' AND p."deletedAt" IS NULL AND p.status IN ('CITY_APPROVED','EXPORTED') GROUP BY 1, c`;
  for (const q of [q1, q2]) console.log((await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(q)).map((r) => r["QUERY PLAN"]).join("\n"));
  for (const key of ["census", "pipeline", "coverage", "stale", "returns", "census", "census", "pipeline"] as const) {
    t = Date.now();
    await runReport(reviewer.scope, key, {});
    const city1 = Date.now() - t; t = Date.now();
    await runReport(reviewer.scope, key, { unit: villages[0].path.split("/").filter(Boolean)[1] });
    console.log(key, "city ms", city1, "district ms", Date.now() - t);
  }
  if (!process.env.PROV) return;
  // provincial: 3000 CITY_APPROVED through fireTransition
  await db.$executeRawUnsafe(`UPDATE "SubjectProfile" SET status = 'CITY_APPROVED' WHERE id IN (SELECT id FROM "SubjectProfile" WHERE "orgPath" LIKE '${city.path}%' AND status = 'EXPORTED' LIMIT 3000)`);
  await db.$executeRawUnsafe(`UPDATE "SubjectProfile" SET "exportDirty" = false WHERE "orgPath" LIKE '${city.path}%' AND status <> 'CITY_APPROVED'`);
  t = Date.now();
  const r = await createProvincialBatch(admin.scope, { mode: "DELTA", reason: "bench" });
  console.log("provincial DELTA", r.recordCount, "ms", Date.now() - t);
}, 900_000);
