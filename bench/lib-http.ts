// HTTP side of bench/run.ts: next-auth logins, the autocannon runs and the pre-flight checks.
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { pct, round, type Step } from "./lib-stats";

// ---- autocannon (no bundled types) --------------------------------------------------------------
type AcOptions = {
  url: string; connections: number; duration?: number; amount?: number; timeout?: number;
  method?: string; headers?: Record<string, string>; body?: string;
};
type AcResult = { requests: { total: number }; errors: number; timeouts: number; duration: number };
type AcInstance = Promise<AcResult> & { on(ev: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void };
const autocannon = createRequire(import.meta.url)("autocannon") as (o: AcOptions) => AcInstance;

// ---- sessions -----------------------------------------------------------------------------------
function cookiePairs(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function csrf(base: string): Promise<{ token: string; cookie: string }> {
  const res = await fetch(`${base}/api/auth/csrf`);
  if (!res.ok) throw new Error(`GET /api/auth/csrf → ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: cookiePairs(res).join("; ") };
}

export function loginBody(username: string, token: string): string {
  return new URLSearchParams({ username, password: DEMO_PASSWORD, csrfToken: token, json: "true" }).toString();
}

export async function login(base: string, username: string): Promise<string> {
  const c = await csrf(base);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: c.cookie },
    body: loginBody(username, c.token),
  });
  const session = cookiePairs(res).filter((p) => p.startsWith("next-auth.session-token"));
  if (session.length === 0) throw new Error(`登录 ${username} 失败：HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  return session.join("; ");
}

export async function waitForServer(base: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.status < 500) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("next start did not answer within 60 s");
}

// ---- scenarios ----------------------------------------------------------------------------------
export type Scenario = {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Status the pre-flight check insists on (a 200 instead of the lookup's redirect is a bug, not a figure). */
  expect: number;
  /** Text the pre-flight check insists on finding in the page (a 200 that renders the wrong thing is a bug too). */
  expectText?: string;
  connections: number[];
  steps: Step[];
  note?: string;
};

export type Row = {
  name: string; scenario: string; connections: number; requests: number; errors: number; unexpected: number;
  p50Ms: number | null; p95Ms: number | null; p99Ms: number | null; rps: number | null; sqlMs: number | null; sqlMainMs: number | null;
  ratioToFloor: number | null; avgKB: number | null; statuses: Record<string, number>; note?: string;
  /** CPU busy on the machine while this bench sat idle just before the run (other tenants, builds …). */
  backgroundCpuPct?: number | null;
  /** Single-run scenarios (import-10k): the timed phases in seconds. */
  phases?: Record<string, number>;
};

export async function measure(base: string, s: Scenario, connections: number, duration: number): Promise<Omit<Row, "sqlMs" | "sqlMainMs" | "ratioToFloor">> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  const inst = autocannon({
    url: base + s.path, connections, duration, timeout: 30,
    method: s.method ?? "GET", headers: s.headers, body: s.body,
  });
  inst.on("response", (_c, status, resBytes, ms) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
    bytes += resBytes;
  });
  const r = await inst;
  latencies.sort((a, b) => a - b);
  const ok = (st: number) => st >= 200 && st < 400;
  const errors = Object.entries(statuses).reduce((n, [st, k]) => n + (ok(Number(st)) ? 0 : k), 0) + r.errors;
  const unexpected = Object.entries(statuses).reduce((n, [st, k]) => n + (Number(st) === s.expect ? 0 : k), 0);
  return {
    name: `${s.name}@c${connections}`, scenario: s.name, connections, requests: latencies.length, errors, unexpected,
    p50Ms: round(pct(latencies, 50)), p95Ms: round(pct(latencies, 95)), p99Ms: round(pct(latencies, 99)),
    rps: round(latencies.length / (r.duration || duration), 1), avgKB: round(bytes / Math.max(1, latencies.length) / 1024, 1), statuses, note: s.note,
  };
}

export async function preflight(base: string, s: Scenario): Promise<void> {
  const res = await fetch(base + s.path, { method: s.method ?? "GET", headers: s.headers, body: s.body, redirect: "manual" });
  const text = await res.text();
  if (res.status !== s.expect) {
    throw new Error(`预检失败 ${s.name}: ${s.method ?? "GET"} ${s.path} → HTTP ${res.status}（应为 ${s.expect}）\n${text.slice(0, 400)}`);
  }
  if (s.expectText && !text.includes(s.expectText)) {
    throw new Error(`预检失败 ${s.name}: ${s.path} 的页面中没有“${s.expectText}”\n${text.slice(0, 400)}`);
  }
}
