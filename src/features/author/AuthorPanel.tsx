// Authoring mode (`npm run author` only): a passage cited in the reader becomes a draft feature; its shape is a
// union of counties picked on the map (drawn as they are picked); the build itself checks it, and Save writes it
// into the plan's catalogue file through the authoring server, which recompiles the data; the app then reloads it.
import { useEffect, useMemo, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { BASES, draftId, draftRecord, type FeatureDraft } from '../../lib/authoring/draft-feature';
import { KIND_STYLES } from '../../lib/style/kind-styles';
import { at } from './author-strings';
import { readStoredDraft, storeDraft, type StoredDraft } from './author-draft-store';
import { useCountyNames } from './use-county-names';
import './author.css';

type Outcome = { state: 'checking' } | { state: 'done'; problems: string[]; file?: string; saved: boolean };

async function ask(action: 'check' | 'save', draft: FeatureDraft): Promise<{ problems: string[]; file?: string }> {
  const res = await fetch(new URL(`/__author/${action}`, location.href), { method: 'POST', body: JSON.stringify({ seed: draft.seed, record: draftRecord(draft) }) });
  return (await res.json()) as { problems: string[]; file?: string };
}

export default function AuthorPanel({ onSaved }: { onSaved: () => void }) {
  const lang = useAtlasStore((s) => s.lang);
  const cited = useAtlasStore((s) => s.cited);
  const picks = useAtlasStore((s) => s.picks);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const [stored, setStored] = useState<StoredDraft | null>(readStoredDraft);
  const [open, setOpen] = useState(stored !== null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const countyName = useCountyNames();
  const taken = useMemo(() => new Set(catalogue?.features.features.map((f) => f.properties.id) ?? []), [catalogue]);
  const composing = picks !== null;

  // A passage cited in the reader starts a new draft.
  useEffect(() => {
    if (!cited) return;
    setStored({
      draft: { seed: cited.seed, quote: cited.quote, gloss: '', id: draftId('', taken), nameZh: '', nameEn: '', kind: 'zone', basis: 'quoted', schematic: false, units: [], unitKind: 'counties' },
      picks: [], idEdited: false,
    });
    setOutcome(null);
    setOpen(true);
  }, [cited]);
  // The stored draft follows the picks on the map, and the store follows a restored draft.
  useEffect(() => {
    if (picks) setStored((s) => (s ? { ...s, picks } : s));
  }, [picks]);
  useEffect(() => storeDraft(stored), [stored]);

  const set = (patch: Partial<FeatureDraft>, idEdited?: boolean) => setStored((s) => {
    if (!s) return s;
    const draft = { ...s.draft, ...patch };
    const edited = idEdited ?? s.idEdited;
    return { ...s, idEdited: edited, draft: edited ? draft : { ...draft, id: draftId(draft.nameEn, taken) } };
  });
  const units = stored && countyName ? stored.picks.map((p) => countyName(p) ?? p) : [];
  const run = (action: 'check' | 'save') => {
    if (!stored) return;
    setOutcome({ state: 'checking' });
    ask(action, { ...stored.draft, units }).then(({ problems, file }) => {
      const saved = action === 'save' && problems.length === 0;
      setOutcome({ state: 'done', problems, file, saved });
      if (!saved) return;
      useAtlasStore.getState().setPicks(null);
      setStored(null);
      onSaved();
    }, (e: Error) => setOutcome({ state: 'done', problems: [e.message], saved: false }));
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
  return (
    <section className="author-panel" aria-label={at(lang, 'authoring')}>
      <header>
        <h2>{at(lang, 'newFeature')}</h2>
        <button type="button" aria-label="×" onClick={() => setOpen(false)}>×</button>
      </header>
      {!d ? <p>{at(lang, 'noDraft')}</p> : (
        <form onSubmit={(e) => { e.preventDefault(); run('save'); }}>
          <label>{at(lang, 'quote')}<blockquote lang="zh-CN" className="author-quote">{d.quote}</blockquote></label>
          <label>{at(lang, 'gloss')}<input value={d.gloss} onChange={(e) => set({ gloss: e.target.value })} /></label>
          <label>{at(lang, 'nameZh')}<input lang="zh-CN" value={d.nameZh} onChange={(e) => set({ nameZh: e.target.value })} /></label>
          <label>{at(lang, 'nameEn')}<input value={d.nameEn} onChange={(e) => set({ nameEn: e.target.value })} /></label>
          <label>{at(lang, 'id')}<input value={d.id} onChange={(e) => set({ id: e.target.value }, true)} /></label>
          <label>{at(lang, 'kind')}
            <select value={d.kind} onChange={(e) => set({ kind: e.target.value })}>
              {Object.entries(KIND_STYLES).map(([kind, style]) => <option key={kind} value={kind}>{style.label[lang]} ({kind})</option>)}
            </select>
          </label>
          <label>{at(lang, 'basis')}
            <select value={d.basis} onChange={(e) => set({ basis: e.target.value as FeatureDraft['basis'] })}>
              {BASES.map((b) => <option key={b} value={b}>{at(lang, b)}</option>)}
            </select>
          </label>
          <label className="author-check"><input type="checkbox" checked={d.schematic} onChange={(e) => set({ schematic: e.target.checked })} />{at(lang, 'schematic')}</label>
          <fieldset>
            <legend>{at(lang, 'shape')}</legend>
            <p className="author-units" lang="zh-CN">{units.length ? units.join('、') : at(lang, 'noUnits')}</p>
            <button type="button" aria-pressed={composing} onClick={compose}>{at(lang, composing ? 'doneComposing' : 'compose')}</button>
          </fieldset>
          <div className="author-actions">
            <button type="button" onClick={() => run('check')}>{at(lang, 'check')}</button>
            <button type="submit">{at(lang, 'save')}</button>
            <button type="button" onClick={() => { setStored(null); useAtlasStore.getState().setPicks(null); setOutcome(null); }}>{at(lang, 'discard')}</button>
          </div>
        </form>
      )}
      {outcome?.state === 'checking' && <p role="status">{at(lang, 'checking')}</p>}
      {outcome?.state === 'done' && (outcome.problems.length ? (
        <div role="alert" className="author-problems"><p>{at(lang, 'problems')}:</p><ul>{outcome.problems.map((p) => <li key={p}>{p}</li>)}</ul></div>
      ) : <p role="status" className="author-fine">{outcome.saved ? `${at(lang, 'savedTo')} ${outcome.file}` : at(lang, 'fine')}</p>)}
    </section>
  );
}
