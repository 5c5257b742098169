// Playwright cannot download its own browser here; Debian's chromium is used instead (STACK.md).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium(log: (m: string) => void): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() !== 0) throw new Error(`未找到 ${CHROMIUM_PATH}：请先执行 sudo apt-get install -y chromium`);
  log("安装 Debian chromium（apt-get）……");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  const r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  if (r.status !== 0 || !existsSync(CHROMIUM_PATH)) throw new Error("chromium 安装失败");
}
