// Prisma's CLI tries to download its native schema engine before `generate`, which fails offline.
// `generate` never needs that engine, so point it at a dummy for this command ONLY
// (never for migrate/db push: with the dummy they exit 0 having done nothing — see STACK.md).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema")) process.exit(0);
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--config", "prisma/prisma.config.ts"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
