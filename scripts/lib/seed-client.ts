import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

/** A plain Prisma client for scripts (seeders, benchmarks), outside Next's request lifecycle. */
export function createSeedClient(url: string, max = 4): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
}
