// The URL hash is the app's state: a pure parse/serialise pair that never throws.
// Example: #f=<feature id>&v=7.2/37.86/112.55&doc=<plan id>&p=p0042&lang=en&l=plan:<plan id>&off=basemap-rail
// Also: &panel=layers (an open panel); #cmp=<earlier>,<later>&x=0.45 (compare, divider at 45 % of the width).
// A selection other than a feature: #place=<6-digit code or gazetteer id>, #fr=<frame id>, #plan=<plan id>.

export interface MapView { zoom: number; lat: number; lon: number }

export interface HashState {
  feature?: string;
  /** A place: a county's or prefecture's 6-digit administrative code, or a gazetteer id. */
  place?: string;
  frame?: string;
  plan?: string;
  /** Selection keys present in the link whose values are not ids at all (the app says so and shows the default view). */
  rejected?: SelectionKey[];
  view?: MapView;
  doc?: string;
  paragraph?: string;
  lang?: 'zh' | 'en';
  /** Layer groups switched on; absent means the default layers. */
  layers?: string[];
  /** Basemap groups switched off. */
  basemapOff?: string[];
  /** Presenter: `#present` (default tour) or `#present=<tour>&step=N&auto=S` (step 1-based, autoplay seconds). */
  present?: { tour?: string; step?: number; auto?: number };
  /** The open panel (layers, feature list or data sources). */
  panel?: HashPanel;
  /** Compare: the two groups (empty: the default pair) and the divider's place as a share of the width. */
  compare?: { a: string; b: string; x?: number };
}

/** The URL keys of the selections other than features. */
export const SELECTION_KEYS = { place: 'place', frame: 'fr', plan: 'plan' } as const;
export type SelectionKey = keyof typeof SELECTION_KEYS;

export const HASH_PANELS = ['layers', 'list', 'sources'] as const;
export type HashPanel = (typeof HASH_PANELS)[number];
/** The compare divider's range (share of the map's width). */
export const SPLIT_MIN = 0.02;
export const SPLIT_MAX = 0.98;

const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,120}$/;
const MAX_HASH_LENGTH = 4000;

const validId = (s: string | null): string | undefined => (s && ID_PATTERN.test(s) ? s : undefined);

export function parseView(s: string | null): MapView | undefined {
  if (!s) return undefined;
  const parts = s.split('/');
  if (parts.length !== 3) return undefined;
  const [zoom, lat, lon] = parts.map(Number);
  const ok = [zoom, lat, lon].every(Number.isFinite) && zoom >= 0 && zoom <= 20 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180;
  return ok ? { zoom, lat, lon } : undefined;
}

export function parseHash(hash: string): HashState {
  if (hash.length > MAX_HASH_LENGTH) return {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return {};
  }
  const state: HashState = {};
  const feature = validId(params.get('f'));
  if (feature) state.feature = feature;
  for (const key of Object.keys(SELECTION_KEYS) as SelectionKey[]) {
    if (!params.has(SELECTION_KEYS[key])) continue;
    const id = validId(params.get(SELECTION_KEYS[key]));
    if (id) state[key] = id;
    else state.rejected = [...(state.rejected ?? []), key];
  }
  const view = parseView(params.get('v'));
  if (view) state.view = view;
  const doc = validId(params.get('doc'));
  if (doc) state.doc = doc;
  const paragraph = validId(params.get('p'));
  if (paragraph && doc) state.paragraph = paragraph;
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'zh') state.lang = lang;
  const list = (key: string) => params.get(key)?.split(',').map(validId).filter((x): x is string => !!x).slice(0, 200);
  if (params.has('l')) state.layers = list('l');
  const off = list('off');
  if (off?.length) state.basemapOff = off;
  if (params.has('present')) {
    const num = (key: string, max: number) => { const n = Number(params.get(key)); return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined; };
    state.present = { tour: validId(params.get('present')), step: num('step', 10_000), auto: num('auto', 3600) };
  }
  const panel = params.get('panel');
  const known = HASH_PANELS.find((p) => p === panel);
  if (known) state.panel = known;
  if (params.has('cmp')) {
    const [a, b] = (params.get('cmp') ?? '').split(',');
    const x = Number(params.get('x') ?? NaN);
    state.compare = { a: validId(a ?? null) ?? '', b: validId(b ?? null) ?? '' };
    if (params.get('x') && Number.isFinite(x) && x >= SPLIT_MIN && x <= SPLIT_MAX) state.compare.x = x;
  }
  return state;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.feature) parts.push(`f=${state.feature}`);
  for (const key of Object.keys(SELECTION_KEYS) as SelectionKey[]) if (state[key]) parts.push(`${SELECTION_KEYS[key]}=${state[key]}`);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`v=${round(zoom, 2)}/${round(lat, 4)}/${round(lon, 4)}`);
  }
  if (state.doc) parts.push(`doc=${state.doc}`);
  if (state.doc && state.paragraph) parts.push(`p=${state.paragraph}`);
  if (state.lang === 'en') parts.push('lang=en');
  if (state.layers) parts.push(`l=${state.layers.join(',')}`);
  if (state.basemapOff?.length) parts.push(`off=${state.basemapOff.join(',')}`);
  if (state.present) {
    const { tour, step, auto } = state.present;
    parts.push(tour ? `present=${tour}` : 'present');
    if (step) parts.push(`step=${step}`);
    if (auto) parts.push(`auto=${auto}`);
  }
  if (state.panel) parts.push(`panel=${state.panel}`);
  if (state.compare) {
    const { a, b, x } = state.compare;
    parts.push(a || b ? `cmp=${a},${b}` : 'cmp');
    if (x !== undefined) parts.push(`x=${round(x, 3)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}
