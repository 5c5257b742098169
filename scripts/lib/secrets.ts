// Keys for sessions, field encryption and the blind index. Production sets them in the
// environment; on a first embedded start they are generated under .data/ so `npm start` just works.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const KEYS = ["AUTH_SECRET", "FIELD_ENCRYPTION_KEY", "BLIND_INDEX_KEY"] as const;

export function ensureSecrets(dataDir: string, opts: { allowGenerate: boolean; log: (m: string) => void }): void {
  const missing = KEYS.filter((k) => !process.env[k]);
  if (missing.length === 0) return;
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    for (const k of missing) if (stored[k]) process.env[k] = stored[k];
  }
  const still = KEYS.filter((k) => !process.env[k]);
  if (still.length === 0) return;
  if (!opts.allowGenerate) {
    throw new Error(`缺少环境变量 ${still.join(", ")}：连接外部 PostgreSQL 时必须自行设置（见 README“配置”）`);
  }
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
  for (const k of still) {
    stored[k] = randomBytes(32).toString("hex");
    process.env[k] = stored[k];
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  opts.log(`⚠ 已在 ${file} 生成密钥（${still.join(", ")}）。仅供本机演示：生产环境必须通过环境变量设置自己的密钥并妥善保管——丢失 FIELD_ENCRYPTION_KEY 将无法解密身份证号。`);
}
