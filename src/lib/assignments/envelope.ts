import { fromBase64url, toBase64url } from './base64url.ts';
import { hash53 } from './hash.ts';

// The container every link payload travels in, after the `#` of the URL (so it never reaches a server log):
//
//   <kind><version>.<body length, base 36>.<checksum>.<body>      e.g.  a1.2k.1x9v0q3m5b.eyJ0Ijoi…
//
// kind is one letter (a = assignment, r = completion report); the body is the payload's JSON as UTF-8 in
// base64url; the checksum is a hash of that JSON. The declared length tells a link cut short (truncated)
// from one edited by hand (tampered). Only `.`, `-`, `_`, letters and digits: nothing needs escaping.

/** The longest fragment any link may carry: about what every mail client, chat app and QR code copes with. */
export const MAX_FRAGMENT = 4096;

export type EnvelopeProblem = 'missing' | 'oversized' | 'unrecognised' | 'wrong-kind' | 'unknown-version' | 'truncated' | 'tampered';

export type Opened = { ok: true; data: unknown } | { ok: false; problem: EnvelopeProblem; kind?: string; version?: string };

const HEADER = /^([a-z])(\d{1,4})(?:\.|$)/;
const WHOLE = /^([a-z])(\d{1,4})\.([0-9a-z]{1,8})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]*)$/;
/** The start of a whole link, cut off before its body. */
const CUT = /^[a-z]\d{1,4}(?:\.(?:[0-9a-z]{1,8}(?:\.[0-9a-z]{0,12})?)?)?$/;

/** Seals a JSON-ready value. The caller builds it with its keys in a fixed order, so equal payloads seal alike. */
export function seal(kind: string, version: number, value: unknown): string {
  const json = JSON.stringify(value);
  const body = toBase64url(new TextEncoder().encode(json));
  return `${kind}${version}.${body.length.toString(36)}.${hash53(json)}.${body}`;
}

/** Opens a fragment (with or without its `#`). Never throws: whatever the text, the answer says what it is. */
export function open(fragment: string, kind: string, version: number, max = MAX_FRAGMENT): Opened {
  const text = fragment.trim().replace(/^#/, '');
  if (text === '') return { ok: false, problem: 'missing' };
  if (text.length > max) return { ok: false, problem: 'oversized' };
  const head = HEADER.exec(text);
  if (!head) return { ok: false, problem: 'unrecognised' };
  const [, k = '', v = ''] = head;
  if (k !== kind) return { ok: false, problem: 'wrong-kind', kind: k };
  if (Number(v) !== version) return { ok: false, problem: 'unknown-version', version: v };
  const parts = WHOLE.exec(text);
  if (!parts) {
    // The right start but parts missing is a link cut short; any other shape was edited.
    return { ok: false, problem: CUT.test(text) ? 'truncated' : 'tampered' };
  }
  const [, , , lengthText = '', check = '', body = ''] = parts;
  const declared = parseInt(lengthText, 36);
  if (body.length < declared) return { ok: false, problem: 'truncated' };
  if (body.length > declared) return { ok: false, problem: 'tampered' };
  const bytes = fromBase64url(body);
  if (!bytes.ok) return { ok: false, problem: 'tampered' };
  let json: string;
  let data: unknown;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes.bytes);
    data = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'tampered' };
  }
  if (hash53(json) !== check) return { ok: false, problem: 'tampered' };
  return { ok: true, data };
}
