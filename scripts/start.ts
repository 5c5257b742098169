// `npm start`: one command from a fresh clone to a running app. Without DATABASE_URL it runs the
// embedded PostgreSQL (data under .data/pg, kept across restarts); with it, it uses that server.
// Either way it applies pending migrations, seeds demo data into an empty database, builds when
// the sources changed, prints the demo accounts and serves on PORT (default 3000).
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-pg";
import { deployMigrations } from "./db/migrate-lib";
import { ensureSecrets } from "./lib/secrets";
import { buildApp, needsBuild } from "./lib/build-if-needed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const log = (m: string) => console.log(`[启动] ${m}`);

async function main() {
  const embedded = !process.env.DATABASE_URL;
  ensureSecrets(dataDir, { allowGenerate: embedded || dev, log });
  let stopDb: (() => Promise<void>) | undefined;
  if (embedded) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: pgPort, persistent: true, log });
    await pg.ensureDatabase("veterans");
    process.env.DATABASE_URL = pg.urlFor("veterans");
    stopDb = () => pg.stop();
    log(`内置 PostgreSQL 已启动（127.0.0.1:${pg.port}，数据目录 .data/pg）`);
  } else {
    log("使用 DATABASE_URL 指定的 PostgreSQL");
  }

  const { applied } = await deployMigrations(process.env.DATABASE_URL!, log);
  log(applied.length ? `已应用迁移：${applied.join(", ")}` : "数据库结构已是最新");

  const { createSeedClient } = await import("./lib/seed-client");
  const { seedDemo } = await import("../prisma/seed/seed-demo");
  const client = createSeedClient(process.env.DATABASE_URL!);
  const seeded = await seedDemo(client);
  await client.$disconnect();
  if (seeded.seeded) {
    // Every demo person gets a collection file in a realistic mix of review states, so the
    // registry, the review desks and the reports show real work on a first start.
    const { seedProfiles } = await import("./lib/seed-profiles");
    const p = await seedProfiles(process.env.DATABASE_URL!, { log: () => {} });
    // Two years of hall cases (bulk-generated, scripts/lib/seed-cases.ts), so desks, case lists and
    // KPIs show work at once.
    const { seedCases } = await import("./lib/seed-cases");
    const c = await seedCases(process.env.DATABASE_URL!, { count: 3000, createStaff: false, log: () => {} });
    log(`已写入演示数据：${seeded.units} 个单位、${seeded.persons} 名人员、${p.profiles} 份采集档案、${c.cases} 件办件`);
  }

  if (!dev && needsBuild(root)) buildApp(root, log);

  const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), dev ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` },
  });
  printAccounts();

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("正在停止……");
    if (next.exitCode === null) next.kill("SIGTERM");
    await stopDb?.();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

function printAccounts() {
  const rows = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(18)} ${a.displayName}`).join("\n");
  console.log(`\n==== 青岛市退役军人政务服务管理系统 ====\n地址：http://localhost:${port}\n演示账号（密码均为 ${DEMO_PASSWORD}）：\n${rows}\n按 Ctrl-C 停止。\n`);
}

main().catch((e) => {
  console.error("[启动] 失败：", e instanceof Error ? e.message : e);
  process.exit(1);
});
