// The one panel: the selected feature, the layers (with the plan timeline), the feature list or the
// data sources. On a phone it is a bottom sheet (peek → half → full) that leaves more than half the
// map visible until it is fully opened.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useBottomSheet } from './use-bottom-sheet';
import { tl } from '../features/list/list-strings';
import { tsheet } from './sheet-strings';
import './side-panel.css';
import { useAtlasStore } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';
import type { PlanSummary } from '../data/load-data';
import { FeaturePanel } from '../features/panel/FeaturePanel';
import { useSheetBody } from './sheet-body-chunk';

// A place's, frame's or plan's panel and "what's here" load the first time one opens; the layers, list and
// sources sheets with the first one opened, or ahead once the first view is settled (App).
const SubjectPanel = lazy(() => import('../features/dossier/SubjectPanel'));

interface Props { plans: PlanSummary[]; planById: Map<string, PlanSummary> }

export function SidePanel({ plans, planById }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const sheet = useAtlasStore((s) => s.sheet);
  const openSheet = useAtlasStore((s) => s.openSheet);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const selectedId = useAtlasStore((s) => s.selectedId);
  const subject = useAtlasStore((s) => s.subject);
  const here = useAtlasStore((s) => s.here);
  const feature = selectedId ? catalogue?.features.features.find((f) => f.properties.id === selectedId) : undefined;
  const sheetOpen = sheet === 'layers' || sheet === 'list' || sheet === 'sources';
  const SheetBody = useSheetBody(sheetOpen);

  let title: string;
  let body: React.ReactNode;
  if (sheetOpen) {
    title = sheet === 'list' ? tl(lang, 'listTitle') : t(lang, sheet);
    body = SheetBody ? <SheetBody show={sheet} plans={plans} planById={planById} /> : <p>{t(lang, 'loading')}</p>;
  } else if (here || (subject && subject.kind !== 'feature')) {
    const key = here ? 'here' : `${subject!.kind}:${subject!.id}`;
    return (
      <Sheet contentKey={key} title="" labelledBy="subject-title" head={false} onClose={() => openSheet('none')}>
        <Suspense fallback={<p>{t(lang, 'loading')}</p>}><SubjectPanel plans={planById} /></Suspense>
      </Sheet>
    );
  } else if (feature && catalogue) {
    title = feature.properties.name[lang];
    body = <FeaturePanel feature={feature} frames={catalogue.frames} plans={planById} />;
  } else {
    return null;
  }
  return <Sheet contentKey={sheet === 'none' ? `f:${selectedId}` : sheet === 'list' ? 'layers' : sheet} title={title} head={sheet !== 'none'} onClose={() => openSheet('none')}>{body}</Sheet>;
}

/** The panel's frame: docked on the right on wide screens, a three-state bottom sheet on a phone. */
function Sheet({ contentKey, title, labelledBy, head, onClose, children }: { contentKey: string; title: string; labelledBy?: string; head: boolean; onClose: () => void; children: React.ReactNode }) {
  const lang = useAtlasStore((s) => s.lang);
  const { state, dragHeight, sheetRef, handle } = useBottomSheet(contentKey);
  // An opened panel (layers, list, sources) takes keyboard focus at its title; a feature's panel sets its own.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (head) titleRef.current?.focus({ preventScroll: true });
  }, [head, contentKey]);
  return (
    <aside ref={sheetRef} className={`side-panel${dragHeight !== null ? ' dragging' : ''}`} data-sheet={state} aria-label={labelledBy ? undefined : title} aria-labelledby={labelledBy}
      style={dragHeight !== null ? { height: dragHeight } : undefined}>
      <button type="button" className="sheet-handle" {...handle} aria-expanded={state === 'full'}
        aria-label={`${t(lang, state === 'full' ? 'collapseSheet' : 'expandSheet')} (${tsheet(lang, state)})`}>
        <span aria-hidden="true" />
      </button>
      {head && (
        <div className="panel-head">
          <h2 ref={titleRef} tabIndex={-1}>{title}</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label={t(lang, 'close')}>×</button>
        </div>
      )}
      <div className="panel-body">{children}</div>
    </aside>
  );
}
