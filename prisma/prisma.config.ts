import { defineConfig } from "prisma/config";

// DATABASE_URL may be unset: then scripts/start.ts runs the embedded PostgreSQL and sets it.
export default defineConfig({
  schema: "schema",
  migrations: { path: "migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
