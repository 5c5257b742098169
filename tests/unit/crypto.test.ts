import { randomBytes } from "node:crypto";
import { beforeEach, describe, it, expect } from "vitest";
import {
  blindIndex,
  createEnvKeyProvider,
  decryptField,
  encryptField,
  setKeyProvider,
} from "@/lib/core/crypto";

const FIELD_KEY_HEX = randomBytes(32).toString("hex");
const INDEX_KEY_B64 = randomBytes(32).toString("base64");

beforeEach(() => {
  process.env.FIELD_ENCRYPTION_KEY = FIELD_KEY_HEX;
  process.env.BLIND_INDEX_KEY = INDEX_KEY_B64;
  setKeyProvider(createEnvKeyProvider(process.env));
});

describe("X-13 field encryption", () => {
  it("round-trips text and never repeats a ciphertext", () => {
    const a = encryptField("37020219800101123X");
    const b = encryptField("37020219800101123X");
    expect(a).not.toBe(b);
    expect(a).not.toContain("37020219800101123X");
    expect(decryptField(a)).toBe("37020219800101123X");
    expect(decryptField(encryptField("中文 RESTRICTED 内容"))).toBe("中文 RESTRICTED 内容");
    expect(Buffer.from(a, "base64")).toHaveLength(12 + 16 + 18);
  });

  it("throws on a tampered ciphertext or tag", () => {
    const data = Buffer.from(encryptField("6222021234567890128"), "base64");
    const tamperedBody = Buffer.from(data);
    tamperedBody[tamperedBody.length - 1] ^= 1;
    expect(() => decryptField(tamperedBody.toString("base64"))).toThrow("密文被篡改");
    const tamperedTag = Buffer.from(data);
    tamperedTag[12] ^= 1;
    expect(() => decryptField(tamperedTag.toString("base64"))).toThrow();
    expect(() => decryptField("AAAA")).toThrow();
  });

  it("fails to decrypt with another key", () => {
    const cipher = encryptField("secret");
    setKeyProvider(createEnvKeyProvider({ ...process.env, FIELD_ENCRYPTION_KEY: randomBytes(32).toString("hex") }));
    expect(() => decryptField(cipher)).toThrow();
  });

  it("blind index is deterministic, keyed and hex", () => {
    const h = blindIndex("37020219800101123X");
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(blindIndex("37020219800101123X")).toBe(h);
    expect(blindIndex("370202198001011230")).not.toBe(h);
    setKeyProvider(createEnvKeyProvider({ ...process.env, BLIND_INDEX_KEY: randomBytes(32).toString("hex") }));
    expect(blindIndex("37020219800101123X")).not.toBe(h);
  });

  it("throws a clear error when a key is missing or has the wrong length", () => {
    setKeyProvider(createEnvKeyProvider({}));
    expect(() => encryptField("x")).toThrow("FIELD_ENCRYPTION_KEY");
    expect(() => blindIndex("x")).toThrow("BLIND_INDEX_KEY");
    setKeyProvider(createEnvKeyProvider({ FIELD_ENCRYPTION_KEY: randomBytes(16).toString("hex") }));
    expect(() => encryptField("x")).toThrow("长度错误");
  });
});
