import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { registerServiceWorker } from './app/service-worker';
import { useAtlasStore } from './store/atlas-store';
import { watchEarlyReach } from './features/map-preview/early-reach';

const root = document.getElementById('root')!;
// A reach before the first render wants the map in the store (the app boots it once it renders) and
// starts the chunk App loads lazily sooner.
watchEarlyReach(root, () => {
  useAtlasStore.getState().wantMap();
  void import('./features/map/MapView');
});

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Offline use after one visit; never in development, where files change under the worker.
if (import.meta.env.PROD) registerServiceWorker(useAtlasStore);
