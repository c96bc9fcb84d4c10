// Authoring mode (the dev server of `npm start` / `npm run author` only): a passage cited in the reader becomes a draft feature; its shape is a
// union of counties or prefectures picked on the map (drawn as they are picked), a river of the basemap, or a
// line, corridor, band or points through seats picked on the map and places named; the build itself checks it
// (its shape is then previewed on the map), and Save writes it into the plan's catalogue file through the
// authoring server, which recompiles the data; the app then reloads it.
import { useEffect, useMemo, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import type { Geometry } from 'geojson';
import { BASES, DRAFT_DEFAULTS, PLACE_SHAPES, draftCitation, draftId, draftRecord, shapeFromRecipe, type DraftShape, type FeatureDraft } from '../../lib/authoring/draft-feature';
import { KIND_STYLES } from '../../lib/style/kind-styles';
import { at } from './author-strings';
import { readStoredDraft, storeDraft, type StoredDraft } from './author-draft-store';
import { usePickNames } from './use-pick-names';
import { CandidateList, type ReviewedCandidate } from './CandidateList';
import { FrameGroups } from './FrameGroups';
import { ShapeFields } from './ShapeFields';
import { followPicks, unionNames } from './pick-units';
import { frameRecord, groupsForSlogan } from '../../lib/authoring/draft-frame';
import './author.css';

type Outcome = { state: 'checking' } | { state: 'done'; problems: string[]; file?: string; saved: boolean };

async function ask(action: 'check' | 'save', draft: FeatureDraft): Promise<{ problems: string[]; file?: string; geometry?: Geometry }> {
  const body = draft.addTo ? { addTo: draft.addTo, citation: draftCitation(draft) }
    : draft.asFrame ? { seed: draft.seed, frame: frameRecord(draft) } : { seed: draft.seed, record: draftRecord(draft) };
  const res = await fetch(new URL(`/__author/${action}`, location.href), { method: 'POST', body: JSON.stringify(body) });
  return (await res.json()) as { problems: string[]; file?: string; geometry?: Geometry };
}

export default function AuthorPanel({ onSaved }: { onSaved: () => void }) {
  const lang = useAtlasStore((s) => s.lang);
  const cited = useAtlasStore((s) => s.cited);
  const picks = useAtlasStore((s) => s.picks);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const readerSeed = useAtlasStore((s) => s.reader?.doc);
  const [stored, setStored] = useState<StoredDraft | null>(readStoredDraft);
  const [open, setOpen] = useState(stored !== null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const names = usePickNames();
  const taken = useMemo(() => new Set(catalogue?.features.features.map((f) => f.properties.id) ?? []), [catalogue]);
  const composing = picks !== null;

  const startDraft = (draft: Partial<FeatureDraft> & Pick<FeatureDraft, 'seed' | 'quote'>, picks: string[] = []) => {
    setStored({
      draft: { ...DRAFT_DEFAULTS, gloss: '', id: draftId('', taken), nameZh: '', nameEn: '', kind: 'zone', basis: 'quoted', schematic: false, ...draft },
      picks, idEdited: false,
    });
    useAtlasStore.getState().setAuthorPreview(null);
    setOutcome(null);
    setOpen(true);
  };
  // A passage cited in the reader starts a new draft.
  useEffect(() => {
    if (cited) startDraft({ seed: cited.seed, quote: cited.quote, ...(cited.prefix ? { prefix: cited.prefix } : {}), headingPath: cited.headingPath ?? [] });
  }, [cited]); // startDraft only reads the catalogue's ids
  // An accepted candidate starts a draft from its quote, kind and suggested shape (a union's units picked for it).
  const accept = (c: ReviewedCandidate) => {
    const shape = shapeFromRecipe(c.recipe);
    const level = shape.shape === 'prefectures' ? 'prefecture' : 'county';
    const picks = PLACE_SHAPES.has(shape.shape) || shape.shape === 'river' || !names ? [] : shape.units.flatMap((n) => names.code(n, level) ?? []);
    startDraft({ seed: readerSeed!, quote: c.quote, ...(c.prefix ? { prefix: c.prefix } : {}), headingPath: c.heading, nameZh: c.text, kind: c.featureKind ?? 'zone', ...shape }, picks);
  };
  // The stored draft follows the picks on the map (a place shape's list too), and the store follows a restored draft.
  useEffect(() => {
    if (!picks) return;
    // Composing a union of prefectures, a click anywhere in one picks (or unpicks) the whole prefecture.
    const before = stored?.picks ?? [];
    if (stored?.draft.shape === 'prefectures' && names) {
      const next = picks.filter((c) => !before.includes(c)).reduce((list, c) => {
        const p = names.prefectureCode(c) ?? c;
        return list.includes(p) ? list.filter((x) => x !== p) : [...list, p];
      }, before.filter((c) => picks.includes(c)));
      if (next.join() !== picks.join()) return void useAtlasStore.getState().setPicks(next);
    }
    setStored((s) => {
      if (!s) return s;
      const placeShape = PLACE_SHAPES.has(s.draft.shape) && names;
      return { ...s, picks, draft: placeShape ? { ...s.draft, units: followPicks(s.draft.units, s.picks, picks, names) } : s.draft };
    });
  }, [picks]); // names only translate the change: not a reason to run again
  useEffect(() => storeDraft(stored), [stored]);

  const set = (patch: Partial<FeatureDraft>, idEdited?: boolean) => setStored((s) => {
    if (!s) return s;
    const draft = { ...s.draft, ...patch };
    // A frame's groups follow its slogan as its name is written.
    if (draft.asFrame && (patch.nameZh !== undefined || patch.asFrame)) draft.groups = groupsForSlogan(draft.nameZh.trim(), draft.groups);
    const edited = idEdited ?? s.idEdited;
    return { ...s, idEdited: edited, draft: edited ? draft : { ...draft, id: draftId(draft.asFrame ? `frame ${draft.nameEn}` : draft.nameEn, taken) } };
  });
  const shape = stored?.draft.shape ?? 'counties';
  const units = !stored ? [] : PLACE_SHAPES.has(shape) ? stored.draft.units : shape === 'river' || !names ? [] : unionNames(shape, stored.picks, names);
  const run = (action: 'check' | 'save') => {
    if (!stored) return;
    setOutcome({ state: 'checking' });
    ask(action, { ...stored.draft, units }).then(({ problems, file, geometry }) => {
      const saved = action === 'save' && problems.length === 0;
      setOutcome({ state: 'done', problems, file, saved });
      useAtlasStore.getState().setAuthorPreview(saved ? null : geometry ?? null);
      if (!saved) return;
      useAtlasStore.getState().setPicks(null);
      setStored(null);
      onSaved();
    }, (e: Error) => setOutcome({ state: 'done', problems: [e.message], saved: false }));
  };
  const discard = () => {
    setStored(null);
    useAtlasStore.getState().setPicks(null);
    useAtlasStore.getState().setAuthorPreview(null);
    setOutcome(null);
  };
  // Another way of making the shape starts from nothing, except between the place shapes (seats picked in order).
  const setShape = (next: DraftShape) => setStored((s) => {
    if (!s) return s;
    const kept = PLACE_SHAPES.has(next) && PLACE_SHAPES.has(s.draft.shape);
    if (!kept && useAtlasStore.getState().picks) useAtlasStore.getState().setPicks([]);
    return { ...s, picks: kept ? s.picks : [], draft: { ...s.draft, shape: next, units: kept ? s.draft.units : [] } };
  });
  const removePlace = (i: number) => {
    const place = stored?.draft.units[i];
    const code = stored?.picks.find((c) => names?.county(c) === place);
    set({ units: stored!.draft.units.filter((_, j) => j !== i) });
    if (code) setStored((s) => (s ? { ...s, picks: s.picks.filter((c) => c !== code) } : s));
    const live = useAtlasStore.getState().picks;
    if (live && code) useAtlasStore.getState().setPicks(live.filter((c) => c !== code));
  };
  const compose = () => {
    const s = useAtlasStore.getState();
    if (composing) return s.setPicks(null);
    s.openReader(null);
    s.wantMap();
    s.setPicks(stored?.picks ?? []);
  };

  if (!open) return <button type="button" className="author-toggle" onClick={() => setOpen(true)}>✎ {at(lang, 'authoring')}</button>;
  const d = stored?.draft;
  const intoExisting = !!d && d.addTo !== '';
  const features = catalogue?.features.features ?? [];
  return (
    <section className="author-panel" aria-label={at(lang, 'authoring')}>
      <header>
        <h2>{at(lang, !stored ? 'newFeature' : stored.draft.asFrame ? 'newFrame' : stored.draft.addTo ? 'newCitation' : 'newFeature')}</h2>
        <button type="button" aria-label="×" onClick={() => setOpen(false)}>×</button>
      </header>
      {!d ? <p>{at(lang, 'noDraft')}</p> : (
        <form onSubmit={(e) => { e.preventDefault(); run('save'); }}>
          <label>{at(lang, 'quote')}<blockquote lang="zh-CN" className="author-quote">{d.quote}</blockquote></label>
          {(d.prefix || d.headingPath?.length) && (
            <p className="author-where" lang="zh-CN">
              {d.headingPath?.join(' › ')}
              {d.prefix && <> · {at(lang, 'prefixAdded')}「{d.prefix}」</>}
            </p>
          )}
          <label>{at(lang, 'gloss')}<input value={d.gloss} onChange={(e) => set({ gloss: e.target.value })} /></label>
          <fieldset className="author-into">
            <legend>{at(lang, 'citeInto')}</legend>
            <label className="author-check"><input type="radio" name="author-into" checked={!intoExisting && !d.asFrame} onChange={() => set({ addTo: '', asFrame: false })} />{at(lang, 'asNew')}</label>
            <label className="author-check"><input type="radio" name="author-into" checked={intoExisting} onChange={() => set({ addTo: features[0]?.properties.id ?? '', asFrame: false })} />{at(lang, 'asExisting')}</label>
            <label className="author-check"><input type="radio" name="author-into" checked={d.asFrame} onChange={() => set({ addTo: '', asFrame: true })} />{at(lang, 'asFrame')}</label>
          </fieldset>
          <datalist id="author-feature-ids">{features.map((f) => <option key={f.properties.id} value={f.properties.id}>{f.properties.name.zh}</option>)}</datalist>
          {intoExisting ? (
            <label>{at(lang, 'existing')}
              <input aria-label={at(lang, 'existing')} list="author-feature-ids" value={d.addTo} onChange={(e) => set({ addTo: e.target.value })} />
              <span className="author-units" lang="zh-CN">{features.find((f) => f.properties.id === d.addTo)?.properties.name.zh ?? at(lang, 'unknownFeature')}</span>
            </label>
          ) : (
            <>
              <label>{at(lang, 'nameZh')}<input lang="zh-CN" value={d.nameZh} onChange={(e) => set({ nameZh: e.target.value })} /></label>
              <label>{at(lang, 'nameEn')}<input value={d.nameEn} onChange={(e) => set({ nameEn: e.target.value })} /></label>
              <label>{at(lang, 'id')}<input value={d.id} onChange={(e) => set({ id: e.target.value }, true)} /></label>
              {!d.asFrame && (
                <label>{at(lang, 'kind')}
                  <select value={d.kind} onChange={(e) => set({ kind: e.target.value })}>
                    {Object.entries(KIND_STYLES).map(([kind, style]) => <option key={kind} value={kind}>{style.label[lang]} ({kind})</option>)}
                  </select>
                </label>
              )}
              <label>{at(lang, 'basis')}
                <select value={d.basis} onChange={(e) => set({ basis: e.target.value as FeatureDraft['basis'] })}>
                  {BASES.map((b) => <option key={b} value={b}>{at(lang, b)}</option>)}
                </select>
              </label>
              {d.asFrame ? <FrameGroups lang={lang} groups={d.groups} features={features} onChange={(groups) => set({ groups })} /> : (
                <>
                  <label className="author-check"><input type="checkbox" checked={d.schematic} onChange={(e) => set({ schematic: e.target.checked })} />{at(lang, 'schematic')}</label>
                  <ShapeFields lang={lang} draft={d} units={units} composing={composing} set={set} setShape={setShape} compose={compose} removePlace={removePlace} />
                </>
              )}
            </>
          )}
          <div className="author-actions">
            <button type="button" onClick={() => run('check')}>{at(lang, 'check')}</button>
            <button type="submit">{at(lang, 'save')}</button>
            <button type="button" onClick={discard}>{at(lang, 'discard')}</button>
          </div>
        </form>
      )}
      {readerSeed && <CandidateList lang={lang} seed={readerSeed} onAccept={accept} />}
      {outcome?.state === 'checking' && <p role="status">{at(lang, 'checking')}</p>}
      {outcome?.state === 'done' && (outcome.problems.length ? (
        <div role="alert" className="author-problems"><p>{at(lang, 'problems')}:</p><ul>{outcome.problems.map((p) => <li key={p}>{p}</li>)}</ul></div>
      ) : <p role="status" className="author-fine">{outcome.saved ? `${at(lang, 'savedTo')} ${outcome.file}` : `${at(lang, 'fine')} ${at(lang, 'preview')}`}</p>)}
    </section>
  );
}
