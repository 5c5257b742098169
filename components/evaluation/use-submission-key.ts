"use client";

import { useState } from "react";

/**
 * A v4 UUID from crypto.getRandomValues: crypto.randomUUID exists only in secure contexts, and a
 * hall may serve the system over plain http on its LAN.
 */
function newSubmissionKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The idempotency key of one entry form: generated once per mount, so a double submit is one entry (E7). */
export function useSubmissionKey(): string {
  const [key] = useState(newSubmissionKey);
  return key;
}
