// The panel for a place, a frame, a plan or a "what's here" list (a feature has its own panel). Loaded
// as its own chunk the first time one of them opens.
import { useEffect } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import type { PlanSummary } from '../../data/load-data';
import { usePlaceUnits } from './use-place-units';
import { PlacePanel } from './PlacePanel';
import { FramePanel } from './FramePanel';
import { PlanPanel } from './PlanPanel';
import { HereList } from './HereList';
import './dossier.css';

export default function SubjectPanel({ plans }: { plans: Map<string, PlanSummary> }) {
  const subject = useAtlasStore((s) => s.subject);
  const here = useAtlasStore((s) => s.here);
  const frames = useAtlasStore((s) => s.catalogue?.frames);
  const units = usePlaceUnits();
  const key = here ? `here:${here.ids.join(',')}` : `${subject?.kind}:${subject?.id}`;
  // Focus goes to the new panel's heading, as for a feature.
  useEffect(() => {
    requestAnimationFrame(() => document.getElementById('subject-title')?.focus({ preventScroll: true }));
  }, [key]);
  if (here) return <HereList here={here} units={units} plans={plans} />;
  if (subject?.kind === 'place') return <PlacePanel key={subject.id} id={subject.id} unit={units?.find((u) => u.id === subject.id)} plans={plans} />;
  if (subject?.kind === 'frame') {
    const frame = frames?.find((f) => f.id === subject.id);
    return frame ? <FramePanel frame={frame} plans={plans} /> : null;
  }
  if (subject?.kind === 'plan') {
    const plan = plans.get(subject.id);
    return plan ? <PlanPanel plan={plan} /> : null;
  }
  return null;
}
