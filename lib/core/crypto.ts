import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

// SPEC X-13: ID numbers, bank accounts and RESTRICTED texts are encrypted at application level
// (AES-256-GCM) and ID search uses an HMAC blind index. Errata A6 / X-37: the key sits behind
// `KeyProvider`, from the environment by default, so a KMS can be plugged in without touching callers.

export interface KeyProvider {
  /** 32-byte AES-256-GCM key for `encryptField` / `decryptField`. */
  fieldEncryptionKey(): Buffer;
  /** 32-byte HMAC-SHA256 key for `blindIndex`; separate so one leak does not expose the other. */
  blindIndexKey(): Buffer;
}

const KEY_BYTES = 32;
const IV_BYTES = 12; // NIST SP 800-38D recommended GCM nonce length
const TAG_BYTES = 16;

function parseKey(name: string, raw: string | undefined): Buffer {
  if (!raw) throw new Error(`环境变量 ${name} 未设置：需要32字节密钥（64位十六进制或base64）`);
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
  if (key.length !== KEY_BYTES) {
    throw new Error(`环境变量 ${name} 长度错误：需要32字节密钥（64位十六进制或base64），实际 ${key.length} 字节`);
  }
  return key;
}

/** X-37 default: keys from FIELD_ENCRYPTION_KEY and BLIND_INDEX_KEY, parsed on first use. */
export function createEnvKeyProvider(env: Record<string, string | undefined> = process.env): KeyProvider {
  return {
    fieldEncryptionKey: () => parseKey("FIELD_ENCRYPTION_KEY", env.FIELD_ENCRYPTION_KEY),
    blindIndexKey: () => parseKey("BLIND_INDEX_KEY", env.BLIND_INDEX_KEY),
  };
}

let provider: KeyProvider = createEnvKeyProvider();
// Keys are read lazily so `next build` and pages that never decrypt do not need them.
let cachedFieldKey: Buffer | undefined;
let cachedIndexKey: Buffer | undefined;

/** Swaps the key source (KMS adapter, tests) and drops the cached keys. */
export function setKeyProvider(next: KeyProvider): void {
  provider = next;
  cachedFieldKey = undefined;
  cachedIndexKey = undefined;
}

function fieldKey(): Buffer {
  cachedFieldKey ??= provider.fieldEncryptionKey();
  return cachedFieldKey;
}

function indexKey(): Buffer {
  cachedIndexKey ??= provider.blindIndexKey();
  return cachedIndexKey;
}

/** AES-256-GCM; returns base64 of iv(12) | tag(16) | ciphertext. A fresh random IV per call. */
export function encryptField(plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", fieldKey(), iv, { authTagLength: TAG_BYTES });
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64");
}

/** Throws when the ciphertext was altered or was made with another key (GCM tag mismatch). */
export function decryptField(cipherText: string): string {
  const data = Buffer.from(cipherText, "base64");
  if (data.length < IV_BYTES + TAG_BYTES) throw new Error("字段解密失败：密文格式错误");
  const iv = data.subarray(0, IV_BYTES);
  const tag = data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", fieldKey(), iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch (cause) {
    throw new Error("字段解密失败：密文被篡改或密钥不匹配", { cause });
  }
}

/**
 * blind index (`idNumberHash`): deterministic HMAC-SHA256 hex of the NORMALISED value,
 * so equal IDs collide on the unique index while the table never holds a plain hash of an ID.
 */
export function blindIndex(normalizedValue: string): string {
  return createHmac("sha256", indexKey()).update(normalizedValue, "utf8").digest("hex");
}
