// Bytes ↔ base64url (RFC 4648 §5, no padding), strict: a character outside the alphabet or an
// impossible length is an answer, not an exception, so a damaged link can be told apart.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const n = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (b1 !== undefined) out += ALPHABET[(n >> 6) & 63]!;
    if (b2 !== undefined) out += ALPHABET[n & 63]!;
  }
  return out;
}

export type FromBase64 = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'bad-character' | 'bad-length' };

export function fromBase64url(text: string): FromBase64 {
  if (text.length % 4 === 1) return { ok: false, reason: 'bad-length' };
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const c of text) {
    const v = VALUE.get(c);
    if (v === undefined) return { ok: false, reason: 'bad-character' };
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, as an encoder writes them; anything else was edited by hand.
  if ((buffer & ((1 << bits) - 1)) !== 0) return { ok: false, reason: 'bad-character' };
  return { ok: true, bytes };
}
