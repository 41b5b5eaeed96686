import { qrShape } from '../../lib/assignments/qr.ts';

const QUIET = 4;

/** A QR code drawn as SVG elements (no inline style, no data: URL), dark on light in every colour scheme. */
export default function QrCode({ text, label }: { text: string; label: string }) {
  const shape = qrShape(text);
  if (!shape) return <p class="qr-missing">This link is too long for a QR code a phone can read. Shorten the note to get one.</p>;
  const side = shape.size + QUIET * 2;
  return (
    <svg class="qr" viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#ffffff" />
      <path d={shape.d} fill="#000000" />
    </svg>
  );
}
