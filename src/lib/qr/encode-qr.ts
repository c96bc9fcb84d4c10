// The one place the QR library is named: `uqr` (npm, MIT, no dependencies), error correction M so a code
// projected in a meeting room or printed small still reads. No quiet zone here: the drawing adds it.
import { encode } from 'uqr';
import type { QrEncoder } from './qr-matrix';

export const encodeQr: QrEncoder = (text) => encode(text, { ecc: 'M', border: 0 }).data;
