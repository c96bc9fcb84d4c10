// One search box for features, places and plan text (ARIA combobox with a grouped listbox).
// ↑/↓ move, Enter chooses (the first option when none is highlighted), Escape closes, then clears.
// A feature is selected (the map flies to it), a place or frame opens its panel (the map frames it; a place's
// seat is marked), a text hit opens the reader.
// On a phone the box is an icon button that opens the box over the title.
import { useEffect, useId, useRef, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { flatOptions, optionKey, type SearchOption as Option } from '../../lib/search/search-options';
import { SearchOption } from './SearchOption';
import { ts } from './search-strings';
import { fillSlots } from '../../lib/i18n/define-strings';
import { TYPING_PAUSE_MS, useSearch } from './use-search';
import './search.css';

/** How many of the places listed are fetched ahead of a choice. */
const PREFETCH_PLACES = 3;

export function SearchBox() {
  const lang = useAtlasStore((s) => s.lang);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const { prepare, results, state, plans } = useSearch(query);
  const options = results ? flatOptions(results) : [];
  const uid = useId().replace(/:/g, '');
  const listId = `${uid}-list`;
  const optionId = (i: number) => `${uid}-opt-${i}`;
  const showPopup = open && query.trim() !== '';

  useEffect(() => {
    if (active >= 0) document.getElementById(`${uid}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, uid]);
  useEffect(() => {
    if (expanded) input.current?.focus();
  }, [expanded]);
  // The first places listed have their index files fetched while the user reads the list: a dossier chosen
  // from it then opens with its list at once. Once typing pauses: an index file is a prefecture's, tens of KB with
  // today's corpus and hundreds with fifty plans, and a name being typed lists places nobody reads (each comes once).
  const placeIds = options.filter((o) => o.type === 'place').slice(0, PREFETCH_PLACES).map((o) => o.item.id).join(' ');
  useEffect(() => {
    if (!placeIds) return;
    const timer = setTimeout(() => {
      import('../../data/load-places').then((m) => m.prefetchPlaceEntries(placeIds.split(' ')), () => undefined);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [placeIds]);

  const choose = (o: Option | undefined) => {
    if (!o) return;
    const s = useAtlasStore.getState();
    if (o.type !== 'place') s.showPlace(null);
    if (o.type === 'feature') {
      s.openReader(null);
      s.openSheet('none');
      s.showFeature(o.item.id);
    } else if (o.type === 'place') {
      // The place's dossier, the place framed beside it, its seat marked.
      s.openReader(null);
      s.openSheet('none');
      s.showPlace({ lon: o.item.seat[0], lat: o.item.seat[1], name: lang === 'zh' ? o.item.zh : o.item.en });
      s.showSubject({ kind: 'place', id: o.item.id });
    } else if (o.type === 'frame') {
      s.openReader(null);
      s.openSheet('none');
      s.showSubject({ kind: 'frame', id: o.item.id });
    } else {
      s.openReader({ doc: o.hit.doc, paragraph: o.hit.paragraph, quote: o.hit.quote });
    }
    if (o.type !== 'text') setQuery(lang === 'zh' ? o.item.zh : o.item.en);
    setOpen(false);
    setActive(-1);
    setExpanded(false);
  };

  // Enter before the index has loaded (a quick typist, a slow phone) is not dropped: the first option of that
  // query is chosen when the results come, unless the query has changed meanwhile.
  const [enterFor, setEnterFor] = useState<string | null>(null);
  useEffect(() => {
    if (enterFor === null || (enterFor === query && !results)) return;
    setEnterFor(null);
    if (enterFor === query && showPopup) choose(options[0]);
  }, [enterFor, query, results]); // `choose` and `options` follow `results`

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!showPopup) { setOpen(true); return; }
      if (!n) return;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (showPopup && !results) setEnterFor(query);
      else if (showPopup) choose(options[active >= 0 ? active : 0]);
      else setOpen(true);
    } else if (e.key === 'Escape') {
      // The browser would clear a search input on Escape: close the list first, clear on a second press.
      e.preventDefault();
      if (showPopup) setOpen(false);
      else if (query) setQuery('');
      else setExpanded(false);
      setActive(-1);
    }
  };

  let flat = 0;
  return (
    // Focus may move from the box into the list (to scroll it with keys) without closing it; leaving
    // the search altogether closes the list (and, on a phone, gives the title back).
    <div className={`search${expanded ? ' expanded' : ''}`} onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget)) { setOpen(false); setExpanded(false); } }}>
      <button type="button" className="search-toggle" aria-label={ts(lang, 'open')} aria-expanded={expanded} onClick={() => setExpanded(true)}>
        <MagnifierIcon />
      </button>
      <div className="search-field" role="search">
        <label className="visually-hidden" htmlFor={`${uid}-input`}>{ts(lang, 'label')}</label>
        <MagnifierIcon />
        <input
          ref={input}
          id={`${uid}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder={ts(lang, 'placeholder')}
          aria-autocomplete="list"
          aria-expanded={showPopup && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={showPopup && active >= 0 ? optionId(active) : undefined}
          value={query}
          onFocus={() => { prepare(); setOpen(true); }}
          onChange={(e) => { prepare(); setQuery(e.target.value); setOpen(true); setActive(-1); }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="search-close" aria-label={ts(lang, 'close')} onMouseDown={(e) => e.preventDefault()} onClick={() => { setExpanded(false); setOpen(false); }}>×</button>
      </div>
      <div className="search-popup" hidden={!showPopup} tabIndex={0} aria-label={ts(lang, 'label')}>
        <p className="visually-hidden" aria-live="polite">
          {showPopup && results && !results.noNameMatch ? fillSlots(ts(lang, 'results'), { n: options.length }) : ''}
        </p>
        {showPopup && state === 'loading' && <p className="search-note">{ts(lang, 'loading')}</p>}
        {showPopup && state === 'failed' && <p className="search-note">{ts(lang, 'loadFailed')}</p>}
        <p className="search-note search-empty" aria-live="polite" hidden={!(showPopup && results?.noNameMatch)}>
          {showPopup && results?.noNameMatch && fillSlots(ts(lang, 'noMatch'), { q: results.query })}
          {showPopup && results?.noNameMatch && !results.groups.some((g) => g.key === 'suggestions') && `${lang === 'en' ? ' ' : ''}${ts(lang, 'noSuggestion')}`}
        </p>
        <ul id={listId} role="listbox" aria-label={ts(lang, 'label')} className="search-results">
          {showPopup && results?.groups.map((g) => (
            <li key={g.key} role="presentation">
              <ul role="group" aria-labelledby={`${uid}-${g.key}`}>
                <li role="presentation" id={`${uid}-${g.key}`} className="search-group-label">
                  {ts(lang, g.key)}
                  {g.total > g.options.length && <span className="search-count">{fillSlots(ts(lang, 'count'), { n: g.total })}</span>}
                </li>
                {g.options.map((o) => {
                  const i = flat++;
                  return <SearchOption key={optionKey(o)} id={optionId(i)} option={o} active={i === active} lang={lang} plans={plans} onChoose={() => choose(o)} onHover={() => setActive(i)} />;
                })}
              </ul>
            </li>
          ))}
        </ul>
        {showPopup && results?.textPending && <p className="search-note search-note-pending">{ts(lang, 'textLoading')}</p>}
        {showPopup && results && !results.textPending && results.noNameMatch && !results.groups.some((g) => g.key === 'text') && (
          <p className="search-note">{ts(lang, 'nothing')}</p>
        )}
      </div>
    </div>
  );
}

function MagnifierIcon() {
  return (
    <svg className="search-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}
