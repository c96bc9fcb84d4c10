import { useMemo } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { kindStyle } from '../../lib/style/kind-styles';
import { visibleFeatureIds } from '../../lib/catalogue/layer-visibility';
import { legendEntries, type LegendEntry, type Shape } from '../../lib/style/legend-entries';
import { legendText } from './legend-strings';
import { DescriptiveTag } from '../../components/DescriptiveName';

const shapeOf = (type: string): Shape => (type.includes('Polygon') ? 'area' : type.includes('Line') ? 'line' : 'point');

/** A basemap symbol drawn as the map draws it, from the same tokens. */
function BasemapSwatch({ entry }: { entry: LegendEntry }) {
  if (entry.type === 'kind') return null;
  return (
    <svg className="swatch swatch-basemap" viewBox="0 0 22 14" aria-hidden="true">
      {entry.type === 'seat'
        ? <circle cx={11} cy={7} r={entry.radius} fill={entry.color} stroke={entry.stroke} strokeWidth={1} />
        : <line x1={1} y1={7} x2={21} y2={7} stroke={entry.color} strokeWidth={entry.width} strokeDasharray={entry.dash?.map((d) => d * entry.width).join(' ')} />}
    </svg>
  );
}

/** What the map shows now: one swatch per kind drawn (area, line or point), then the basemap's symbols. */
export function Legend() {
  const lang = useAtlasStore((s) => s.lang);
  const features = useAtlasStore((s) => s.catalogue?.features.features);
  const layers = useAtlasStore((s) => s.layers);
  const selectedId = useAtlasStore((s) => s.selectedId);
  const basemapOff = useAtlasStore((s) => s.basemapOff);
  const { kinds, basemap, schematic, descriptive } = useMemo(() => {
    const visible = new Set(features ? visibleFeatureIds(features, layers, selectedId) : []);
    const drawn = (features ?? []).filter((f) => f.geometry && visible.has(f.properties.id));
    const entries = legendEntries(drawn.map((f) => ({ kind: f.properties.kind, shape: shapeOf(f.geometry!.type) })), basemapOff);
    return { ...entries, schematic: drawn.some((f) => f.properties.schematic), descriptive: drawn.some((f) => f.properties.descriptiveName) };
  }, [features, layers, selectedId, basemapOff]);
  return (
    <fieldset className="legend" data-testid="legend">
      <legend>{t(lang, 'legend')}</legend>
      <ul aria-label={legendText(lang, 'planSymbols')} data-testid="legend-kinds">
        {kinds.map((e) => e.type === 'kind' && (
          <li key={e.kind} data-kind={e.kind}>
            <span className={`swatch swatch-${e.shape}`} style={{ '--c': e.color } as React.CSSProperties} aria-hidden="true" />
            {kindStyle(e.kind).label[lang]}
          </li>
        ))}
        {schematic && <li><span className="swatch swatch-schematic" aria-hidden="true" />{t(lang, 'schematic')}</li>}
        {descriptive && <li><span className="descriptive-name">名称</span><DescriptiveTag /></li>}
        {!kinds.length && <li className="legend-empty">{legendText(lang, 'nothingDrawn')}</li>}
      </ul>
      <ul aria-label={legendText(lang, 'basemapSymbols')} data-testid="legend-basemap">
        {basemap.map((e) => e.type !== 'kind' && (
          <li key={e.symbol} data-symbol={e.symbol}><BasemapSwatch entry={e} />{legendText(lang, e.symbol)}</li>
        ))}
      </ul>
    </fieldset>
  );
}
