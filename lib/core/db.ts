import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Created on first use, not at import: `next build` imports this module while collecting page
// data, when no database may be reachable (STACK.md).
const globalForDb = globalThis as unknown as { __prisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL 未设置：请用 `npm start` 启动（会自动启动内置数据库）或设置 DATABASE_URL");
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

/** The unscoped client. Outside lib/core only `unsafe…` helpers may use it (STYLE.md). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    globalForDb.__prisma ??= createClient();
    const value = Reflect.get(globalForDb.__prisma, prop);
    return typeof value === "function" ? value.bind(globalForDb.__prisma) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
