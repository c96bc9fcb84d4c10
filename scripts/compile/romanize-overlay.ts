// English names for the authored overlay: mountains, river labels and railways.
import type { FeatureCollection } from 'geojson';
import { toPinyin } from './romanize';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const RAIL_SUFFIXES: [RegExp, string][] = [
  [/高铁$/, 'High-Speed Railway'], [/客专$/, 'Passenger Line'], [/城际铁路$/, 'Intercity Railway'], [/铁路$/, 'Railway'], [/线$/, 'Line'],
];

/** 太行山 → Taihang Shan, 汾河 → Fen He, 大西高铁 → Daxi High-Speed Railway. */
export function romanizeOverlayName(name: string, layer: string): string {
  if (layer === 'mountain') {
    const m = /^(.+?)(山脉|山)$/.exec(name);
    return m ? `${cap(toPinyin(m[1]))} ${m[2] === '山脉' ? 'Mountains' : 'Shan'}` : cap(toPinyin(name));
  }
  if (layer === 'river-label') {
    const m = /^(.+?)(河|江|水)$/.exec(name);
    if (name === '黄河') return 'Yellow River';
    return m ? `${cap(toPinyin(m[1]))} ${m[2] === '河' ? 'He' : m[2] === '江' ? 'Jiang' : 'Shui'}` : cap(toPinyin(name));
  }
  for (const [re, en] of RAIL_SUFFIXES) {
    if (re.test(name)) return `${cap(toPinyin(name.replace(re, '')))} ${en}`;
  }
  return cap(toPinyin(name));
}

export function romanizeOverlay(overlay: FeatureCollection): FeatureCollection {
  for (const f of overlay.features) {
    const p = f.properties as { name?: string; nameEn?: string; layer?: string } | null;
    if (p?.name && !p.nameEn) p.nameEn = romanizeOverlayName(p.name, p.layer ?? '');
  }
  return overlay;
}
