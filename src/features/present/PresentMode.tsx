// Presenter mode: a guided tour over the one map. Each step shows its layer group, flies to the
// structure, highlights it and shows its verbatim quote in large type for a projector.
import { withYear } from '../../lib/i18n/plan-title';
import { headingPathLabel } from '../../lib/documents/heading-label';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAtlasStore, type AtlasState } from '../../store/atlas-store';
import type { PlanSummary } from '../../data/load-data';
import { buildTours, resolveStep } from '../../lib/present/build-tours';
import { HOME_BOUNDS, OPENING_MARGIN } from '../../lib/camera/camera-intent';
import { keyActionById, keyActions, type KeyActionId } from '../../lib/keys/key-actions';
import { useKeyActions } from '../../components/key-dispatch';
import { useAutoplay } from './use-autoplay';
import { QrCode } from '../../components/QrCode';
import { shareLink } from '../../components/share-link';
import { stepHash } from '../../lib/share/share-url';
import { ps } from './present-strings';
import './present.css';

interface Props {
  plans: PlanSummary[];
  /** The live map (or the SVG map) has drawn: autoplay counts from then on. */
  mapReady: boolean;
}

type PresentHandlers = Partial<Record<KeyActionId, () => void>>;

/** Puts back what the map showed before presenting: layers, selection and camera. */
function restore(before: Pick<AtlasState, 'layers' | 'selectedId' | 'view'>): void {
  const s = useAtlasStore.getState();
  s.setLayers(before.layers);
  s.select(before.selectedId);
  if (before.view) s.moveCamera({ view: before.view });
  else s.moveCamera({ box: HOME_BOUNDS }, { inset: { margin: OPENING_MARGIN } }); // the map had not moved from its opening view
}

export default function PresentMode({ plans, mapReady }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const present = useAtlasStore((s) => s.present);
  // The tours run across plans: built once every plan is loaded (the presenter asks for all of them).
  const catalogue = useAtlasStore((s) => (s.catalogueComplete ? s.catalogue : null));
  const details = useAtlasStore((s) => s.details);
  const [blank, setBlank] = useState(false);
  const [qr, setQr] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const caption = useRef<HTMLDivElement>(null);

  const planById = useMemo(() => new Map(plans.map((p) => [p.id, p])), [plans]);
  const tours = useMemo(() => {
    if (!catalogue || !details) return [];
    return buildTours(catalogue.frames, catalogue.features.features, details, plans);
  }, [catalogue, details, plans]);
  const resolved = present ? resolveStep(tours, present.tour, present.step) : null;
  const step = resolved?.tour.steps[resolved.step];

  // What the map showed before presenting comes back on leaving, by Esc or by Back.
  const [before] = useState(() => {
    const s = useAtlasStore.getState();
    return { layers: s.layers, selectedId: s.selectedId, view: s.view };
  });
  const restored = useRef(false);
  const putBack = useCallback(() => {
    if (restored.current) return;
    restored.current = true;
    restore(before);
  }, [before]);
  // (Left by Back: the store no longer presents when this unmounts. React's development double mount does not count.)
  useEffect(() => () => { if (!useAtlasStore.getState().present) putBack(); }, [putBack]);

  // A link to a missing tour or step lands on a real one; the URL says which.
  useEffect(() => {
    if (!present || !resolved) return;
    if (present.tour !== resolved.tour.id || present.step !== resolved.step + 1) {
      useAtlasStore.getState().setPresent({ ...present, tour: resolved.tour.id, step: resolved.step + 1 });
    }
  }, [present, resolved]);

  // Each step: show its frame, highlight its structure and frame it above the caption and its bar.
  useEffect(() => {
    if (!step || !catalogue) return;
    const s = useAtlasStore.getState();
    s.setLayers([step.frameId]);
    s.select(step.featureId ?? null);
    const members = catalogue.frames.find((f) => f.id === step.frameId)?.groups.flatMap((g) => g.members) ?? [];
    const area = root.current?.getBoundingClientRect();
    const top = caption.current?.getBoundingClientRect().top;
    s.moveCamera({ ids: step.featureId ? [step.featureId] : members }, { inset: { caption: area && top !== undefined ? area.bottom - top : undefined } });
  }, [step, catalogue]);

  const goTo = (index: (current: number, n: number) => number) => {
    const s = useAtlasStore.getState();
    if (!resolved || !s.present) return;
    const n = resolved.tour.steps.length;
    s.setPresent({ ...s.present, tour: resolved.tour.id, step: ((index(resolved.step, n) % n) + n) % n + 1 });
  };
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    putBack();
    useAtlasStore.getState().setPresent(null);
  };
  const auto = useAutoplay(present?.auto, mapReady, blank, resolved ? `${resolved.tour.id}:${resolved.step}` : '', () => goTo((i) => i + 1));
  const handlers: PresentHandlers = {
    next: () => (blank ? setBlank(false) : goTo((i) => i + 1)),
    previous: () => (blank ? setBlank(false) : goTo((i) => i - 1)),
    first: () => goTo(() => 0),
    last: () => goTo((_, n) => n - 1),
    pause: () => auto.toggle(),
    blank: () => setBlank((x) => !x),
    qr: () => setQr((x) => !x),
    fullscreen: () => (document.fullscreenElement ? void document.exitFullscreen() : void document.documentElement.requestFullscreen?.().catch(() => {})),
    leave,
  };
  useKeyActions('present', handlers, { modal: true });
  useEffect(() => () => { if (document.fullscreenElement) void document.exitFullscreen().catch(() => {}); }, []); // left by Back, say

  if (!present) return null;
  if (!resolved || !step) {
    return <div className="present" role="region" aria-label={ps(lang, 'presenter')}><p className="present-caption present-wait">{ps(lang, 'preparing')}</p></div>;
  }
  const plan = planById.get(step.quote?.seed ?? step.seed);
  const total = resolved.tour.steps.length;
  const button = (id: KeyActionId, text?: string, pressed?: boolean) => {
    const action = keyActionById(id);
    return (
      <button type="button" onClick={() => handlers[id]?.()} aria-label={action.label[lang]} aria-pressed={pressed} aria-keyshortcuts={action.keys.filter((k) => k !== ' ').join(' ')} title={`${action.label[lang]} (${action.keyLabel})`}>
        {text ?? action.label[lang]}
      </button>
    );
  };

  return (
    <div className="present" ref={root} role="region" aria-label={ps(lang, 'presenter')} data-step={resolved.step + 1} data-tour={resolved.tour.id}>
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
        {button('first', '⇤')}
        {button('previous', '←')}
        {button('next', '→')}
        {button('last', '⇥')}
        {present.auto && (
          <span className="present-auto" data-state={auto.state}>
            {button('pause', ps(lang, auto.paused ? 'resume' : 'pause'), auto.paused)}
            <span className="present-auto-label">{ps(lang, auto.state === 'waiting' ? 'autoplayWaiting' : auto.paused ? 'autoplayPaused' : 'autoplay')} {present.auto}{ps(lang, 'seconds')}</span>
            <span className="present-auto-track" role="progressbar" aria-label={ps(lang, 'autoplay')} aria-valuetext={ps(lang, auto.state === 'running' ? 'autoplayRunning' : auto.state === 'waiting' ? 'autoplayWaiting' : 'autoplayPaused')}>
              <span key={auto.run} className="present-auto-fill" style={{ '--auto': `${present.auto}s` } as React.CSSProperties} />
            </span>
          </span>
        )}
        {button('qr', ps(lang, 'qrButton'), qr)}
        {button('blank')}
        {button('fullscreen')}
        {button('leave')}
        <details className="present-help">
          <summary>{ps(lang, 'keys')}</summary>
          <dl>
            {keyActions('present').map((a) => (
              <div key={a.id}><dt><kbd>{a.keyLabel}</kbd></dt><dd>{a.label[lang]}</dd></div>
            ))}
          </dl>
        </details>
        <progress max={total} value={resolved.step + 1} />
      </nav>
      {qr && (
        <aside className="present-qr" aria-label={ps(lang, 'qrLabel')}>
          <QrCode url={shareLink(stepHash(step, lang))} label={ps(lang, 'qrLabel')} className="present-qr-code" />
          <p className="present-qr-caption">{ps(lang, 'qrCaption')}</p>
        </aside>
      )}
      {blank && <div className="present-blank" role="status" aria-label={ps(lang, 'blanked')} onClick={() => setBlank(false)} />}
    </div>
  );
}
