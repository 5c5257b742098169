// Starts bench/ic-worker.ts in a child process and returns its answer. The bench itself runs under
// `--conditions=react-server` (package.json), where next/navigation cannot load; the worker gets
// plain conditions instead, with "server-only" resolved to an empty module as in the tests
// (tests/vitest.config.ts), and the CommonJS packages that lib imports by default export (which
// Next's bundler, like vitest, unwraps; Node's ESM loader does not) unwrapped by a small shim.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ImportRequest, ImportResult, RecordRequest, RecordResult } from "./ic-worker";

/** `import X from "cjs-package"` gives Node the whole exports object, not its `default`. */
const CJS_DEFAULT_EXPORTS = ["next-auth/providers/credentials"];

function registerSource(root: string): string {
  const dataUrl = (src: string) => `data:text/javascript,${encodeURIComponent(src)}`;
  const shims = Object.fromEntries(CJS_DEFAULT_EXPORTS.map((spec) => [spec, dataUrl(
    `import { createRequire } from "node:module"; const m = createRequire(${JSON.stringify(path.join(root, "package.json"))})(${JSON.stringify(spec)}); export default m.default ?? m;`,
  )]));
  shims["server-only"] = dataUrl("export {}");
  const hook = `const SHIMS = ${JSON.stringify(shims)};
export async function resolve(specifier, context, next) {
  if (Object.hasOwn(SHIMS, specifier)) return { url: SHIMS[specifier], shortCircuit: true };
  return next(specifier, context);
}`;
  return `import { register } from "node:module"; register(${JSON.stringify(dataUrl(hook))});`;
}

export function runWorker(root: string, databaseUrl: string, req: RecordRequest): Promise<RecordResult>;
export function runWorker(root: string, databaseUrl: string, req: ImportRequest): Promise<ImportResult>;
export async function runWorker(root: string, databaseUrl: string, req: RecordRequest | ImportRequest): Promise<RecordResult | ImportResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "veterans-bench-worker-"));
  try {
    const reqPath = path.join(dir, "request.json");
    const outPath = path.join(dir, "result.json");
    fs.writeFileSync(reqPath, JSON.stringify(req));
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" };
    delete env.NODE_OPTIONS;
    const child = spawn(
      process.execPath,
      ["--import", `data:text/javascript,${encodeURIComponent(registerSource(root))}`, "--import", "tsx", path.join(root, "bench", "ic-worker.ts"), reqPath, outPath],
      { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] },
    );
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", resolve);
    });
    if (code !== 0) throw new Error(`bench/ic-worker.ts (${req.mode}) exited with ${code}`);
    return JSON.parse(fs.readFileSync(outPath, "utf8")) as RecordResult | ImportResult;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
