// Authoring mode: how a draft's shape is made — a union of counties or prefectures picked on the map, a river of
// the basemap, or a line, corridor, band or points through seats picked in order and places added by name.
import { useEffect, useState } from 'react';
import { DRAFT_SHAPES, PLACE_SHAPES, WIDE_SHAPES, type DraftShape, type FeatureDraft } from '../../lib/authoring/draft-feature';
import type { Lang } from '../../lib/catalogue/catalogue-types';
import { at } from './author-strings';

interface Props {
  lang: Lang;
  draft: FeatureDraft;
  /** The recipe names the shape is made of (from the picks, for a union). */
  units: string[];
  composing: boolean;
  set: (patch: Partial<FeatureDraft>) => void;
  setShape: (shape: DraftShape) => void;
  compose: () => void;
  removePlace: (i: number) => void;
}

/** The rivers and named places the authoring server offers. */
function useOptions(): { rivers: string[]; places: string[] } {
  const [options, setOptions] = useState({ rivers: [] as string[], places: [] as string[] });
  useEffect(() => {
    fetch(new URL('/__author/options', location.href)).then((r) => r.json()).then(setOptions, () => undefined);
  }, []);
  return options;
}

export function ShapeFields({ lang, draft: d, units, composing, set, setShape, compose, removePlace }: Props) {
  const options = useOptions();
  const [placeInput, setPlaceInput] = useState('');
  const shape = d.shape;
  const addPlace = () => {
    const place = placeInput.trim();
    if (place) set({ units: [...d.units, place] });
    setPlaceInput('');
  };
  return (
    <fieldset>
      <legend>{at(lang, 'shape')}</legend>
      <label>{at(lang, 'shapeKind')}
        <select aria-label={at(lang, 'shapeKind')} value={shape} onChange={(e) => setShape(e.target.value as DraftShape)}>
          {DRAFT_SHAPES.map((k) => <option key={k} value={k}>{at(lang, k)}</option>)}
        </select>
      </label>
      {shape === 'river' ? (
        <label>{at(lang, 'riverName')}
          <select lang="zh-CN" aria-label={at(lang, 'riverName')} value={d.river} onChange={(e) => set({ river: e.target.value })}>
            <option value="">{at(lang, 'chooseRiver')}</option>
            {options.rivers.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
      ) : PLACE_SHAPES.has(shape) ? (
        <>
          {units.length ? (
            <ol className="author-places" lang="zh-CN">
              {units.map((u, i) => (
                <li key={`${u}-${i}`}>{u} <button type="button" aria-label={`${at(lang, 'remove')} ${u}`} onClick={() => removePlace(i)}>×</button></li>
              ))}
            </ol>
          ) : <p className="author-units">{at(lang, 'noUnits')}</p>}
          <button type="button" aria-pressed={composing} onClick={compose}>{at(lang, composing ? 'doneComposing' : 'composePlaces')}</button>
          <label>{at(lang, 'addPlace')}
            <span className="author-add">
              <input lang="zh-CN" list="author-place-names" value={placeInput} onChange={(e) => setPlaceInput(e.target.value)}
                onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); addPlace(); } }} />
              <button type="button" onClick={addPlace}>{at(lang, 'add')}</button>
            </span>
          </label>
          <datalist id="author-place-names">{options.places.map((p) => <option key={p} value={p} />)}</datalist>
          {WIDE_SHAPES.has(shape) && (
            <label>{at(lang, 'widthKm')}<input type="number" min={1} max={200} value={d.widthKm} onChange={(e) => set({ widthKm: Number(e.target.value) })} /></label>
          )}
        </>
      ) : (
        <>
          <p className="author-units" lang="zh-CN">{units.length ? units.join('、') : at(lang, 'noUnits')}</p>
          <button type="button" aria-pressed={composing} onClick={compose}>{at(lang, composing ? 'doneComposing' : shape === 'prefectures' ? 'composePrefectures' : 'compose')}</button>
        </>
      )}
    </fieldset>
  );
}
