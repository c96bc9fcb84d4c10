// Presenter mode: a guided tour over the one map. Each step shows its layer group, flies to the
// structure, highlights it and shows its verbatim quote in large type for a projector.
import { withYear } from '../../lib/i18n/plan-title';
import { headingPathLabel } from '../../lib/documents/heading-label';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MaplibreMap, LngLatBoundsLike } from 'maplibre-gl';
import { useAtlasStore } from '../../store/atlas-store';
import type { PlanSummary } from '../../data/load-data';
import { buildTours, resolveStep, type TourStep } from '../../lib/present/build-tours';
import { featureBounds } from '../../lib/geo/feature-bounds';
import type { AtlasFeature } from '../../lib/catalogue/catalogue-types';
import { PRESENT_ACTIONS, actionForKey, type PresentActionId } from './present-actions';
import { ps } from './present-strings';
import './present.css';

interface Props { getMap: () => MaplibreMap | null; plans: PlanSummary[] }

function stepBounds(step: TourStep, features: AtlasFeature[], memberIds: string[]): [[number, number], [number, number]] | null {
  const ids = new Set(step.featureId ? [step.featureId] : memberIds);
  let b: [[number, number], [number, number]] | null = null;
  for (const f of features) {
    if (!ids.has(f.properties.id)) continue;
    const fb = featureBounds(f);
    if (!fb) continue;
    b = b ? [[Math.min(b[0][0], fb[0][0]), Math.min(b[0][1], fb[0][1])], [Math.max(b[1][0], fb[1][0]), Math.max(b[1][1], fb[1][1])]] : fb;
  }
  return b;
}

export default function PresentMode({ getMap, plans }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const present = useAtlasStore((s) => s.present);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const details = useAtlasStore((s) => s.details);
  const [blank, setBlank] = useState(false);
  const caption = useRef<HTMLDivElement>(null);

  const planById = useMemo(() => new Map(plans.map((p) => [p.id, p])), [plans]);
  const tours = useMemo(() => {
    if (!catalogue || !details) return [];
    const names = Object.fromEntries(plans.map((p) => [p.id, { zh: `${p.shortTitle.zh}（${p.year}）`, en: `${p.shortTitle.en} (${p.year})` }]));
    return buildTours(catalogue.frames, catalogue.features.features, details, names);
  }, [catalogue, details, plans]);
  const resolved = present ? resolveStep(tours, present.tour, present.step) : null;
  const step = resolved?.tour.steps[resolved.step];

  // What the map showed before presenting, restored on leaving.
  const before = useRef(useAtlasStore.getState());

  // A link to a missing tour or step lands on a real one; the URL says which.
  useEffect(() => {
    if (!present || !resolved) return;
    if (present.tour !== resolved.tour.id || present.step !== resolved.step + 1) {
      useAtlasStore.getState().setPresent({ ...present, tour: resolved.tour.id, step: resolved.step + 1 });
    }
  }, [present, resolved]);

  // Each step: show its frame, highlight its structure, fly there (room left for the caption).
  useEffect(() => {
    if (!step || !catalogue) return;
    const s = useAtlasStore.getState();
    s.setLayers([step.frameId]);
    s.select(step.featureId ?? null, 'ui');
    const frame = catalogue.frames.find((f) => f.id === step.frameId);
    const bounds = stepBounds(step, catalogue.features.features, frame?.groups.flatMap((g) => g.members) ?? []);
    const map = getMap();
    if (!map || !bounds) return;
    // Keep the structure clear of the caption and the control bar below it.
    const box = map.getContainer().getBoundingClientRect();
    const top = caption.current?.getBoundingClientRect().top ?? box.bottom;
    const bottom = Math.min(Math.max(box.bottom - top + 24, 40), box.height * 0.65);
    map.fitBounds(bounds as LngLatBoundsLike, { padding: { top: 40, left: 40, right: 40, bottom }, maxZoom: 9, duration: 900 });
  }, [step, catalogue, getMap, present]);

  const go = (delta: number) => {
    const s = useAtlasStore.getState();
    if (!resolved || !s.present) return;
    const n = resolved.tour.steps.length;
    s.setPresent({ ...s.present, tour: resolved.tour.id, step: ((resolved.step + delta + n) % n) + 1 });
  };
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    const b = before.current;
    const s = useAtlasStore.getState();
    s.setPresent(null);
    s.setLayers(b.layers);
    s.select(b.selectedId, 'map');
    if (b.view) s.requestView(b.view);
  };
  const handlers: Record<PresentActionId, () => void> = {
    next: () => (blank ? setBlank(false) : go(1)),
    previous: () => (blank ? setBlank(false) : go(-1)),
    blank: () => setBlank((x) => !x),
    fullscreen: () => (document.fullscreenElement ? void document.exitFullscreen() : void document.documentElement.requestFullscreen?.().catch(() => {})),
    leave,
  };
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('select, input, textarea')) return;
      const id = actionForKey(e.key);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      handlersRef.current[id]();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {}); // left by Back, say
    };
  }, []);

  // Autoplay for an unattended kiosk: next step every `auto` seconds, looping; paused while blanked.
  const auto = present?.auto;
  useEffect(() => {
    if (!auto || blank) return;
    const timer = window.setTimeout(() => handlersRef.current.next(), auto * 1000);
    return () => window.clearTimeout(timer);
  }, [auto, blank, present?.step]);

  if (!present) return null;
  if (!resolved || !step) {
    return <div className="present" role="region" aria-label={ps(lang, 'presenter')}><p className="present-caption present-wait">{ps(lang, 'preparing')}</p></div>;
  }
  const plan = planById.get(step.quote?.seed ?? step.seed);
  const total = resolved.tour.steps.length;
  const label = (id: PresentActionId) => PRESENT_ACTIONS.find((a) => a.id === id)!;
  const button = (id: PresentActionId, text?: string) => (
    <button type="button" onClick={() => handlers[id]()} aria-label={label(id).label[lang]} aria-keyshortcuts={label(id).keys.filter((k) => k !== ' ').join(' ')} title={`${label(id).label[lang]} (${label(id).keyLabel})`}>
      {text ?? label(id).label[lang]}
    </button>
  );

  return (
    <div className="present" role="region" aria-label={ps(lang, 'presenter')} data-step={resolved.step + 1} data-tour={resolved.tour.id}>
      <div className="present-caption" ref={caption} aria-live="polite">
        <p className="present-context">{step.context[lang]}</p>
        <h2 className="present-title">{step.title[lang]}{lang === 'en' && <span className="present-alt" lang="zh-CN"> {step.title.zh}</span>}</h2>
        {step.quote ? (
          <figure className="present-figure">
            <blockquote className="present-quote" lang="zh-CN" data-seed={step.quote.seed}>{step.quote.quote}</blockquote>
            {lang === 'en' && step.quote.gloss && <p className="present-gloss">{step.quote.gloss}</p>}
            <figcaption className="present-source">
              {plan ? withYear(plan.shortTitle[lang], plan.year, lang) : step.quote.seed}
              {headingPathLabel(step.quote.headingPath, lang) && ` · ${headingPathLabel(step.quote.headingPath, lang)}`}
            </figcaption>
          </figure>
        ) : (
          <p className="present-gloss">{ps(lang, 'noQuote')}</p>
        )}
      </div>
      <nav className="present-bar" aria-label={ps(lang, 'presenter')}>
        <span className="present-tour">{resolved.tour.name[lang]}</span>
        <span className="present-count" aria-label={ps(lang, 'step')}>{resolved.step + 1} / {total}</span>
        {button('previous', '←')}
        {button('next', '→')}
        {button('blank')}
        {button('fullscreen')}
        {button('leave')}
        <details className="present-help">
          <summary>{ps(lang, 'keys')}</summary>
          <dl>
            {PRESENT_ACTIONS.map((a) => (
              <div key={a.id}><dt><kbd>{a.keyLabel}</kbd></dt><dd>{a.label[lang]}</dd></div>
            ))}
          </dl>
        </details>
        <progress max={total} value={resolved.step + 1} />
      </nav>
      {blank && <div className="present-blank" role="status" aria-label={ps(lang, 'blanked')} onClick={() => setBlank(false)} />}
    </div>
  );
}
