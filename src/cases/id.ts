import { randomBytes } from "node:crypto";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A fresh public reference, `XXXX-XXXX` in Crockford base32: 40 random bits,
 * nothing derived from the person, so a reference read out over a phone or
 * seen in the group leads nowhere by itself.
 */
export function newCaseId(): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = "";
  for (let i = 7; i >= 0; i--) out += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** Case references are `XXXX-XXXX` in Crockford base32; anything else is not a reference. */
export function parseCaseRef(raw: string | undefined): string | undefined {
  const ref = (raw ?? "").trim().toUpperCase();
  return /^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(ref) ? ref : undefined;
}
