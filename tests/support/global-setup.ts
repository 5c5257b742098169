// Integration tests run against a real PostgreSQL (STYLE.md: never a mocked Prisma). scripts/test.ts
// passes DATABASE_URL; when it is absent (running vitest directly) a throw-away embedded server
// is started here for the run.
import os from "node:os";
import path from "node:path";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedPostgres } from "../../scripts/lib/embedded-pg";
import { deployMigrations } from "../../scripts/db/migrate-lib";

export default async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  let teardown: (() => Promise<void>) | undefined;
  if (!url) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "vet-it-"));
    chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), persistent: false, fast: true });
    await pg.ensureDatabase("vet_it");
    url = pg.urlFor("vet_it");
    await deployMigrations(url);
    teardown = async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  project.provide("databaseUrl", url);
  return teardown;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
