// maplibre-gl 6 needs its worker URL before the first map is created; Vite serves the worker same-origin.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
