import "server-only";
import { randomInt } from "node:crypto";
import officeCrypto from "officecrypto-tool";

// X-12 + errata A6: unmasked exports are password-protected XLSX. exceljs cannot encrypt,
// so the finished file is wrapped with ECMA-376 Agile Encryption by officecrypto-tool; Excel and
// WPS open it after asking for the password.

/** No 0/O, 1/l/I: the password is read off the screen once and typed by hand. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

/** 16 characters from 54 symbols ≈ 92 bits: out of reach of offline guessing against Agile's 100k-round SHA-512. */
export function generateFilePassword(length = 16): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export function encryptXlsx(plain: Buffer, password: string): Buffer {
  return officeCrypto.encrypt(plain, { password });
}

export function decryptXlsx(encrypted: Buffer, password: string): Promise<Buffer> {
  return officeCrypto.decrypt(encrypted, { password });
}

export function isEncryptedXlsx(bytes: Buffer): boolean {
  return officeCrypto.isEncrypted(bytes);
}
