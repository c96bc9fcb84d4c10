// Generators of hostile URL hashes: random bytes, script-like text, odd numbers, huge values and
// unknown ids, mixed into real parameter names. Shared by the unit property test; the e2e spec
// keeps its own short list because it runs in the browser.
import { seededRandom } from './seeded-random';
import { seedIds } from '../plans/registry-data';

// Real plan ids beside the hostile values: the oldest and the newest registered plan.
const FIRST = seedIds[0]!;
const LAST = seedIds.at(-1)!;

const KEYS = ['f', 'v', 'doc', 'p', 'lang', 'l', 'off', 'x', 'cmp', 'panel', '', '__proto__', 'constructor', 'f[]', 'F', 'place', 'fr', 'plan'];
const NUMBERS = ['NaN', '-NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '-0', '0x10', '1_000', '', ' ', '-5', '-90', '85.0001', '180', '-180.5', '20', '20.01', '9007199254740993', '.5', '5.', '1e-400', '0b11', '٣'];
const SCRIPTS = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '%3Cscript%3E', "'; DROP TABLE x;--",
  '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '../../../etc/passwd', '..%2F..%2Fsw.js', '__proto__', 'constructor', 'prototype',
  'toString', 'hasOwnProperty', 'plan:__proto__', 'frame-one-cluster-two-zones-three-circles', 'jinbei-town-circle', `${FIRST}`,
  'layers', 'list', 'sources', '140300', '140321', '999999', '140', 'frame-x', `plan:${LAST},frame-one-cluster-two-zones-three-circles`, ',', '0.5',
];

export function hostileHash(random: () => number): string {
  const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const int = (n: number) => Math.floor(random() * n);
  const bytes = (n: number) => Array.from({ length: n }, () => String.fromCharCode(int(random() < 0.8 ? 256 : 0x10000))).join('');
  const value = (): string => {
    switch (int(9)) {
      case 0: return bytes(int(40));
      case 1: return pick(SCRIPTS);
      case 2: return [pick(NUMBERS), pick(NUMBERS), pick(NUMBERS)].join('/');
      case 3: return Array.from({ length: int(6) }, () => pick(NUMBERS)).join('/');
      case 4: return Array.from({ length: int(300) }, () => pick(SCRIPTS)).join(',');
      case 5: return '%' + bytes(2) + '%E0%A4%A' + '%'.repeat(int(5));
      case 6: return 'x'.repeat(int(5000));
      case 7: return Array.from({ length: int(30) }, () => '%' + int(256).toString(16).padStart(2, '0')).join('');
      default: return pick(SCRIPTS) + pick(NUMBERS);
    }
  };
  const parts = Array.from({ length: 1 + int(8) }, () => `${pick(KEYS)}${random() < 0.9 ? '=' : ''}${value()}`);
  const sep = random() < 0.8 ? '&' : pick([';', '&&', '#', '?', '&=&']);
  return (random() < 0.9 ? '#' : '') + parts.join(sep);
}

export const hostileHashes = (count: number, seed: number): string[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => hostileHash(random));
};
