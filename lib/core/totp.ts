import "server-only";
import { generateSecret, generateURI, verify } from "otplib";

// X-31 / errata A6: the second factor is TOTP (SMS one-time codes would need a gateway).
export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: "青岛退役军人政务服务", label: username, secret });
}

/** Accepts the previous, current and next 30-second step to allow for clock drift. */
export async function verifyTotp(secret: string, token: string): Promise<boolean> {
  if (!/^\d{6}$/.test(token)) return false;
  const result = await verify({ secret, token, epochTolerance: 30 });
  return result.valid;
}
