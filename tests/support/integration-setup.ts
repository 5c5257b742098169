import { inject } from "vitest";

// Fixed test keys: integration tests exercise real encryption, never production keys.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.FIELD_ENCRYPTION_KEY ??= "a".repeat(64);
process.env.BLIND_INDEX_KEY ??= "b".repeat(64);
process.env.AUTH_SECRET ??= "test-secret";
process.env.DB_POOL_SIZE ??= "3";
