// A QR code of a link, drawn as one SVG path (no image request, nothing inline for the CSP). `data-url`
// holds what it encodes.
import { useMemo } from 'react';
import { encodeQr } from '../lib/qr/encode-qr';
import { QUIET_ZONE, qrSvgPath } from '../lib/qr/qr-matrix';
import './qr-code.css';

interface Props { url: string; label: string; className?: string }

export function QrCode({ url, label, className = '' }: Props) {
  const matrix = useMemo(() => encodeQr(url), [url]);
  const size = matrix.length + 2 * QUIET_ZONE;
  return (
    <svg className={`qr-code ${className}`} data-url={url} role="img" aria-label={`${label}: ${url}`} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrSvgPath(matrix)} fill="#000" />
    </svg>
  );
}
