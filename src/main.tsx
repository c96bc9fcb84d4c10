import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { registerServiceWorker } from './app/service-worker';
import { useAtlasStore } from './store/atlas-store';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Offline use after one visit; never in development, where files change under the worker.
if (import.meta.env.PROD) registerServiceWorker(useAtlasStore);
