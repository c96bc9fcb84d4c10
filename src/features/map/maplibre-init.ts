// maplibre-gl 6 needs its worker URL before the first map is created; Vite serves the worker same-origin.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// The map's stylesheet travels with the map's chunk, so it never blocks the first paint.
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
