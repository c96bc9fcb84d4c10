import { useMemo } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { kindStyle } from '../../lib/style/kind-styles';
import { DescriptiveTag } from '../../components/DescriptiveName';

/** One swatch per kind present on the map, drawn the way the map draws it (area, line or point). */
export function Legend() {
  const lang = useAtlasStore((s) => s.lang);
  const features = useAtlasStore((s) => s.catalogue?.features.features);
  const kinds = useMemo(() => {
    const seen = new Map<string, string>();
    for (const f of features ?? []) {
      if (!f.geometry || seen.has(f.properties.kind)) continue;
      const g = f.geometry.type;
      seen.set(f.properties.kind, g.includes('Polygon') ? 'area' : g.includes('Line') ? 'line' : 'point');
    }
    return [...seen];
  }, [features]);
  return (
    <fieldset className="legend">
      <legend>{t(lang, 'legend')}</legend>
      <ul>
        {kinds.map(([kind, shape]) => {
          const s = kindStyle(kind);
          return (
            <li key={kind}>
              <span className={`swatch swatch-${shape}`} style={{ '--c': s.color } as React.CSSProperties} aria-hidden="true" />
              {s.label[lang]}
            </li>
          );
        })}
        <li><span className="swatch swatch-schematic" aria-hidden="true" />{t(lang, 'schematic')}</li>
        {features?.some((f) => f.properties.descriptiveName) && <li><span className="descriptive-name">名称</span><DescriptiveTag /></li>}
      </ul>
    </fieldset>
  );
}
