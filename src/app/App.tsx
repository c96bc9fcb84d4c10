// Composition: the top bar, the map (loaded as its own chunk), the side panel or bottom sheet.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import { startHashSync } from './hash-sync';
import { loadCatalogue, loadDetails, loadPlans, type PlanSummary } from '../data/load-data';
import { t } from '../lib/i18n/strings';
import { TopBar } from './TopBar';
import { SidePanel } from './SidePanel';
import { Notice } from '../components/Notice';

const MapView = lazy(() => import('../features/map/MapView'));
const Reader = lazy(() => import('../features/reader/Reader'));

export function App() {
  const lang = useAtlasStore((s) => s.lang);
  const readerOpen = useAtlasStore((s) => s.reader !== null);
  const [plans, setPlans] = useState<PlanSummary[]>([]);

  useEffect(() => {
    const stop = startHashSync(useAtlasStore);
    const s = useAtlasStore.getState();
    Promise.all([loadCatalogue(), loadPlans()])
      .then(([catalogue, planList]) => {
        setPlans(planList);
        s.setCatalogue(catalogue);
        const selected = useAtlasStore.getState().selectedId;
        if (selected && !catalogue.features.features.some((f) => f.properties.id === selected)) {
          s.select(null);
          s.showNotice(t(useAtlasStore.getState().lang, 'notFound'));
        }
      })
      .then(() => loadDetails())
      .then((details) => s.setDetails(details))
      .catch((e: Error) => s.showNotice(`${t(s.lang, 'loadFailed')}: ${e.message}`));
    return stop;
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t(lang, 'appTitle')} · ${t(lang === 'zh' ? 'en' : 'zh', 'appTitle')}`;
  }, [lang]);

  const planById = useMemo(() => new Map(plans.map((p) => [p.id, p])), [plans]);

  return (
    <div className="app">
      <TopBar />
      <main className="stage">
        <Suspense fallback={<div className="map map-placeholder" aria-busy="true">{t(lang, 'loading')}</div>}>
          <MapView />
        </Suspense>
        <SidePanel plans={plans} planById={planById} />
        {readerOpen && (
          <Suspense fallback={null}>
            <Reader />
          </Suspense>
        )}
        <Notice />
      </main>
    </div>
  );
}
