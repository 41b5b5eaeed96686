import { encode } from 'uqr';

export interface QrShape {
  /** Modules a side, without the quiet zone. */
  size: number;
  /** One SVG path drawing every dark module, in module units. */
  d: string;
}

/** A QR code for the text as an SVG path, or undefined when the text is too long for any QR code. */
export function qrShape(text: string): QrShape | undefined {
  let data: boolean[][];
  try {
    data = encode(text, { ecc: 'M', border: 0 }).data;
  } catch {
    try {
      data = encode(text, { ecc: 'L', border: 0 }).data;
    } catch {
      return undefined;
    }
  }
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) { x++; continue; }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: data.length, d: parts.join('') };
}
