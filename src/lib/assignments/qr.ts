import { encode } from 'uqr';

export interface QrShape {
  /** Modules a side, without the quiet zone. */
  size: number;
  /** One SVG path drawing every dark module, in module units. */
  d: string;
}

/** Past this size (137 modules a side) a printed code is too fine for a phone camera to read reliably. */
const MAX_VERSION = 30;

/** A QR code for the text as an SVG path, or undefined when the text is too long for a readable QR code. */
export function qrShape(text: string): QrShape | undefined {
  let data: boolean[][];
  try {
    data = encode(text, { ecc: 'M', border: 0, maxVersion: MAX_VERSION }).data;
  } catch {
    try {
      data = encode(text, { ecc: 'L', border: 0, maxVersion: MAX_VERSION }).data;
    } catch {
      return undefined;
    }
  }
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: data.length, d: parts.join('') };
}
