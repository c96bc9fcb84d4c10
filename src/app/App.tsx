// Composition: the top bar, the map (loaded as its own chunk), the side panel or bottom sheet.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../store/atlas-store';
import { startHashSync } from './hash-sync';
import { startDetailsLoading } from './details-loader';
import { passageIndex } from '../lib/explorer/related-features';
import { loadDetails, loadFeatureDetails, loadPlanBytes, loadPlans, parsePlanBytes, readPlanFile, type PlanSummary } from '../data/load-data';
import { startPlanLoading, type PlanLoading } from './plan-loading';
import { t } from '../lib/i18n/strings';
import { TopBar } from './TopBar';
import { SidePanel } from './SidePanel';
import { Notice } from '../components/Notice';
import { GlossaryProvider } from './GlossaryProvider';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { recoverWorkingView } from './recover';
import { startEscapeClose } from './escape-close';
import { startKeyDispatch } from '../components/key-dispatch';
import { startMapBoot } from './map-boot';
import { mayHaveWebGL2 } from '../features/map-fallback/webgl-support';
import { LocatorInset } from '../features/locator/LocatorInset';
import { MapPreview } from '../features/map-preview/MapPreview';
import { startOnlineBasemapChoice } from './online-basemap-choice';
import { startNoticeExpiry } from './notice-expiry';
import { startSubjectCheck } from './subject-check';
import { resetDataCache } from '../data/data-cache';
import { whenFirstViewSettled } from '../store/when-state';
import { loadSheetBody } from './sheet-body-chunk';

const MapView = lazy(() => import('../features/map/MapView'));
// Without WebGL 2 (or once its context is gone for good) the map is drawn as SVG, from its own chunk (see use-map-boot).
const MapFallback = lazy(() => import('../features/map-fallback/MapFallback'));
const recover = (error: unknown) => recoverWorkingView(useAtlasStore, error);
const Reader = lazy(() => import('../features/reader/Reader'));
// Presenter, compare and export load only when used.
const PresentMode = lazy(() => import('../features/present/PresentMode'));
const CompareMode = lazy(() => import('../features/compare/CompareMode'));
const ExportDialog = lazy(() => import('../features/export/ExportDialog'));
/** Authoring mode exists only in `npm start` / `npm run author` (ATLAS_AUTHOR=1 on the dev server): other builds drop the import. */
const AuthorPanel = import.meta.env.ATLAS_AUTHOR === true ? lazy(() => import('../features/author/AuthorPanel')) : null;
/** The compare map reuses the main map's style data, handed over by the map feature. */
const loadCompareStyle = () => import('../features/map/standalone-style').then((m) => m.standaloneStyle);
/** Test builds (`vite build --mode e2e`) publish the maps for end-to-end tests; production builds have no hooks at all. */
const testHooks = import.meta.env.MODE === 'e2e' ? import('./test-hooks') : null;
type Expose = typeof import('./test-hooks').expose;
const expose: Expose = (name, value) => void testHooks?.then((hooks) => hooks.expose(name, value));
const exposeCompareMap = (map: MaplibreMap | null) => expose('compareMap', map);
const exposeSvgMap = (probe: import('./test-hooks').SvgMapProbe | null) => expose('svgMap', probe);

export function App() {
  const lang = useAtlasStore((s) => s.lang);
  const readerOpen = useAtlasStore((s) => s.reader !== null);

  const [plans, setPlans] = useState<PlanSummary[]>([]);
  const presenting = useAtlasStore((s) => s.present !== null);
  const comparing = useAtlasStore((s) => s.compare !== null);
  const [exportOpen, setExportOpen] = useState(false);
  const boot = useAtlasStore((s) => s.boot);
  const map = { booted: boot !== 'picture', svgMap: boot === 'svg', drawn: boot === 'drawn' };
  // The one map, lent to presenter, compare and export; never put into the store.
  const mapRef = useRef<MaplibreMap | null>(null);
  const onMap = useCallback((m: MaplibreMap | null) => {
    mapRef.current = m;
    expose('map', m);
  }, []);
  const getMap = useCallback(() => mapRef.current, []);
  // Which plans are loaded (src/app/plan-loading.ts).
  const planLoading = useRef<PlanLoading | null>(null);
  /** The data fetched again (after the authoring mode saved a feature): the map and lists update in place. */
  const reloadData = useCallback(() => {
    resetDataCache();
    const s = useAtlasStore.getState();
    planLoading.current?.reload();
    s.dataChanged();
    loadDetails().then((details) => s.setDetails(details), (e: Error) => s.showNotice(`${t(s.lang, 'loadFailed')}: ${e.message}`));
  }, []);

  useEffect(() => {
    const stop = startHashSync(useAtlasStore);
    const s = useAtlasStore.getState();
    const failed = (e: Error) => s.showNotice(`${t(s.lang, 'loadFailed')}: ${e.message}`);
    loadPlans().then(setPlans, failed);
    const loading = startPlanLoading(useAtlasStore, { plans: loadPlans, bytes: loadPlanBytes, parse: parsePlanBytes, read: readPlanFile, featureDetails: loadFeatureDetails }, failed, AuthorPanel !== null);
    planLoading.current = loading;
    // The place module is fetched with the first place asked for; once here, an entry search fetched ahead is read at once.
    let places: typeof import('../data/load-places') | undefined;
    const placesModule = () => import('../data/load-places').then((m) => (places = m));
    const stopSubjects = startSubjectCheck(useAtlasStore, {
      plans: () => loadPlans().then((list) => list.map((p) => p.id)),
      frames: () => loadPlans().then((list) => list.flatMap((p) => (p.frames ?? []).map((f) => f.id))),
      placeEntry: (id) => placesModule().then((m) => m.loadPlaceEntry(id)),
      peekPlaceEntry: (id) => places?.peekPlaceEntry(id),
    });
    const stopDetails = startDetailsLoading(useAtlasStore, { all: loadDetails, one: loadFeatureDetails, warm: passageIndex }, (e) => s.showNotice(`${t(s.lang, 'loadFailed')}: ${e.message}`));
    return () => {
      stop();
      loading.stop();
      planLoading.current = null;
      stopSubjects();
      stopDetails();
    };
  }, []);

  useEffect(() => startKeyDispatch(), []);
  useEffect(() => startOnlineBasemapChoice(useAtlasStore), []);
  useEffect(() => startNoticeExpiry(useAtlasStore), []);
  useEffect(() => startEscapeClose(useAtlasStore), []);
  // The store's boot (picture → loading → drawn | svg) moves on as the state asks for the map. Details and
  // search load ahead of use once it is settled (details-loader, search-data).
  useEffect(() => startMapBoot(useAtlasStore, mayHaveWebGL2), []);
  // The sheets' chunk comes with the first sheet opened, or once the first view is settled, whichever is first.
  useEffect(() => void whenFirstViewSettled(useAtlasStore).then(() => loadSheetBody()), []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t(lang, 'appTitle')} · ${t(lang === 'zh' ? 'en' : 'zh', 'appTitle')}`;
  }, [lang]);

  const planById = useMemo(() => new Map(plans.map((p) => [p.id, p])), [plans]);

  return (
    <GlossaryProvider prefetch={map.drawn || map.svgMap}>
      <div className={`app${presenting ? ' presenting' : ''}${comparing ? ' comparing' : ''}`}>
        <ErrorBoundary onError={recover}>
          <TopBar onExport={() => setExportOpen(true)} />
        </ErrorBoundary>
        {/* Until the live map has drawn, the picture stands in for it and the map's canvas is not composited. */}
        <main className={`stage${map.drawn ? '' : ' map-drawing'}`}>
          <Suspense fallback={<div className="map map-placeholder" aria-busy="true">{t(lang, 'loading')}</div>}>
            {/* A map that throws falls back to the SVG map; the rest of the app is untouched. */}
            <ErrorBoundary onError={() => useAtlasStore.getState().switchToSvgMap()}>
              {map.svgMap ? <MapFallback onProjection={exposeSvgMap} /> : map.booted && <MapView onMap={onMap} onDrawn={useAtlasStore.getState().reportMapDrawn} />}
            </ErrorBoundary>
          </Suspense>
          {/* Over the map while it loads and draws its first view, then gone. */}
          {!map.svgMap && !map.drawn && <MapPreview loading={map.booted} />}
          <LocatorInset />
          <ErrorBoundary onError={recover}>
            <SidePanel plans={plans} planById={planById} />
            {readerOpen && (
              <Suspense fallback={null}>
                <Reader />
              </Suspense>
            )}
          </ErrorBoundary>
          <Notice />
          <Suspense fallback={null}>
            {presenting && <PresentMode plans={plans} mapReady={map.drawn || map.svgMap} />}
            {/* Compare lays its map over the live one, so it waits for it (a link or reload opens the map first). */}
            {comparing && map.drawn && <CompareMode getMap={getMap} plans={plans} loadStyle={loadCompareStyle} onSecondMap={exposeCompareMap} />}
            {AuthorPanel && <AuthorPanel onSaved={reloadData} />}
            {exportOpen && <ExportDialog getMap={getMap} plans={plans} onClose={() => setExportOpen(false)} />}
          </Suspense>
        </main>
      </div>
    </GlossaryProvider>
  );
}
