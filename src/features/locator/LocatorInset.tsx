// A small locator in a map corner: China's outline (heavily simplified, schematic) with Shanxi
// highlighted, as SVG. Data: data/locator.json, projected at compile time from data/basemap/china-outline.json
// (see data/sources.json) so that no projection code loads with the first view.
import { useEffect, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { loadLocator } from '../../data/load-data';
import type { LocatorPaths } from '../../lib/geo/locator-paths';
import { defineStrings } from '../../lib/i18n/define-strings';
import './locator-inset.css';

const ts = defineStrings({
  label: { zh: '位置示意图：山西在中国的位置', en: 'Locator (schematic): where Shanxi lies in China' },
  schematic: { zh: '示意', en: 'schematic' },
  shanxi: { zh: '山西', en: 'Shanxi' },
});

export function LocatorInset() {
  const lang = useAtlasStore((s) => s.lang);
  const [paths, setPaths] = useState<LocatorPaths | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadLocator()
      .then((p) => { if (!cancelled) setPaths(p); })
      .catch(() => undefined); // the inset is decoration on top of a complete map: no notice if it fails
    return () => { cancelled = true; };
  }, []);
  if (!paths) return null;
  return (
    <div className="locator-inset" data-testid="locator-inset">
      <svg viewBox={`0 0 ${paths.width} ${paths.height}`} width={paths.width} height={paths.height} role="img" aria-label={ts(lang, 'label')}>
        <path d={paths.china} className="locator-china" />
        <path d={paths.shanxi} className="locator-shanxi" />
        <circle cx={paths.dot[0]} cy={paths.dot[1]} r={9} className="locator-ring" />
      </svg>
      <p aria-hidden="true">{ts(lang, 'shanxi')} · {ts(lang, 'schematic')}</p>
    </div>
  );
}
