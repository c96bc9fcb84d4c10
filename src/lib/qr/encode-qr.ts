// The one place a QR library is named. The project has none installed yet: this build encodes nothing
// and the UI shows the link as text instead of a code. With `uqr` (npm, MIT, no dependencies) installed:
//   import { encode } from 'uqr';
//   export const encodeQr: QrEncoder = (text) => encode(text, { ecc: 'M', border: 0 }).data;
import type { QrEncoder } from './qr-matrix';

export const encodeQr: QrEncoder = () => null;
