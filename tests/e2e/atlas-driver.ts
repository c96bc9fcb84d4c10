// Page-object driver: specs say what a user does and sees; this file knows how.
import { expect, type ConsoleMessage, type Locator, type Page, type Request } from '@playwright/test';
import { HOME_BOUNDS, OPENING_MARGIN } from '../../src/lib/camera/camera-intent';
import { storyFrames } from '../../src/lib/plans/plan-summary';

export class AtlasDriver {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly requests: Request[] = [];

  private readonly listeners: [string, (arg: never) => void][] = [];
  private readonly warm: boolean;

  /** `warm`: the page may already run the app (see warm-atlas.ts); `open` then applies its link in place. */
  constructor(readonly page: Page, { warm = false } = {}) {
    this.warm = warm;
    // A failed resource names its address, so a failure says which file it was.
    this.listen('console', (m: ConsoleMessage) => { if (m.type() === 'error') this.consoleErrors.push(m.text().startsWith('Failed to load resource') ? `${m.text()} ${m.location().url}` : m.text()); });
    this.listen('pageerror', (e: Error) => this.consoleErrors.push(String(e)));
    this.listen('request', (r: Request) => {
      this.requests.push(r);
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(page.url() || 'http://127.0.0.1').origin && !url.hostname.startsWith('127.0.0.1')) {
        this.foreignRequests.push(r.url());
      }
    });
  }

  private listen<T>(event: string, handler: (arg: T) => void): void {
    this.page.on(event as 'console', handler as never);
    this.listeners.push([event, handler as (arg: never) => void]);
  }

  /** Stops listening to the page (a shared page outlives its test's driver). */
  detach(): void {
    for (const [event, handler] of this.listeners) this.page.off(event as 'console', handler as never);
  }

  /**
   * Opens the app. A first visit shows a static picture of the map until the user reaches for it;
   * unless `keepPreview`, the pointer goes over the map, as any user’s would, to get the live map.
   */
  async open(hash = '', { keepPreview = false } = {}): Promise<void> {
    if (this.warm && await this.page.evaluate(() => !!window.__atlasMap).catch(() => false)) return this.applyLink(hash);
    await this.page.goto(hash ? `./${hash}` : './');
    if (!keepPreview) await this.reachForMap();
  }

  /**
   * In an app that is already running: the link applied as an edited URL would apply it (the app sets every
   * part of its state a link carries, from the link or its default), from the opening camera unless the
   * link names its view. In one step: going through an empty link first drew the defaults for nothing (a
   * few software-drawn frames each time). The same link as the current one is cleared first, so that it
   * is applied again.
   */
  private async applyLink(hash: string): Promise<void> {
    await this.page.evaluate(async ({ hash, bounds, padding }) => {
      (document.activeElement as HTMLElement | null)?.blur();
      const applied = () => new Promise<void>((done) => window.addEventListener('hashchange', () => done(), { once: true }));
      // As the URL writes it (percent-encoded), without the '#'.
      const bare = (h: string) => new URL(`#${h.replace(/^#/, '')}`, location.href).hash.replace(/^#/, '');
      if (bare(location.hash) === bare(hash) && bare(hash)) {
        const cleared = applied();
        location.hash = '';
        await cleared;
      }
      if (!/(^|[#&])v=/.test(hash)) window.__atlasMap!.fitBounds(bounds, { padding, animate: false });
      if (bare(location.hash) === bare(hash)) return;
      const done = applied();
      location.hash = hash;
      await done;
    }, { hash, bounds: HOME_BOUNDS, padding: OPENING_MARGIN });
    await this.mapIdle();
  }

  /** The static first view, shown until the interactive map has drawn. */
  preview() {
    return this.page.getByTestId('map-preview');
  }

  /**
   * Reaches for the static preview so the interactive map loads. The event is sent to the picture
   * directly, as a pointer over it would, because a reader or sheet opened by the link may cover it;
   * first-view.spec makes the real gestures (pointer, tap, Tab).
   */
  async reachForMap(): Promise<void> {
    // Sent until the picture says the map is loading: it listens only once React's effects have run.
    await this.page.waitForFunction(() => {
      if (document.querySelector('.maplibregl-canvas, [data-testid="map-fallback"]')) return true;
      const picture = document.querySelector('[data-testid="map-preview"]');
      if (!picture) return false; // the app has not drawn yet
      if (picture.getAttribute('aria-busy') === 'true') return true;
      picture.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse' }));
      return false;
    }, undefined, { polling: 50 });
  }

  /** Opens the presenter on the default tour (or the tour link given) and waits for its map. */
  async openPresenter(hash = '#present'): Promise<void> {
    await this.open(hash);
    await this.mapIdle();
  }

  /** Waits until the map has the basemap and the plan features and has finished drawing them. */
  async mapIdle(): Promise<void> {
    // The first view drawn (basemap and plans applied), and no plan's file on its way.
    await this.page.waitForFunction(() => {
      const map = window.__atlasMap;
      return !!map && map.isStyleLoaded() && map.querySourceFeatures('province').length > 0 &&
        !document.querySelector('.stage.map-drawing') && !document.querySelector('[data-testid="map"][aria-busy="true"]');
    }, undefined, { timeout: 60_000 });
    // The map controller applies store changes just after the next frame has painted (a frame callback
    // that queues a task): a frame callback and a task queued after it run once that work has started.
    // Then a frame drawn and the map's idle after it. (Resolving at once when nothing looked pending saved
    // ≈ 10 s of the suite but raced a plan filter that follows its source's new data: a flaky places test.)
    await this.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    await this.page.evaluate(() => new Promise<void>((done) => {
      const map = window.__atlasMap!;
      map.once('idle', () => done());
      map.triggerRepaint();
    }));
  }

  /**
   * The plans whose files (data/catalogue/<plan>.json) the page has fetched so far; `beforeReadAhead`: only
   * those fetched before the app started reading the other plans ahead (its mark `atlas-plans-read-ahead`).
   */
  async planFiles({ beforeReadAhead = false } = {}): Promise<string[]> {
    const paths = await this.page.evaluate((before) => {
      const mark = performance.getEntriesByName('atlas-plans-read-ahead')[0]?.startTime ?? Infinity;
      return performance.getEntriesByType('resource').filter((e) => !before || e.startTime < mark).map((e) => new URL(e.name).pathname);
    }, beforeReadAhead);
    return [...new Set(paths.map((p) => /\/data\/catalogue\/([^/]+)\.json$/.exec(p)?.[1]).filter((id): id is string => !!id && id !== 'base.topo').map(decodeURIComponent))];
  }

  /**
   * Whether the map's painter leaves out maplibre's sky pass (src/components/skip-unseen-sky.ts): false when a
   * maplibre upgrade changed the painter's shape and the map draws the unseen sky again.
   */
  async skipsSky(): Promise<boolean> {
    return this.page.evaluate(() => {
      const draw = (window.__atlasMap as unknown as { painter?: { drawFunctions?: Record<string, (...args: never[]) => unknown> } }).painter?.drawFunctions;
      // maplibre's sky pass takes its mesh and frame; the stand-in takes nothing.
      return typeof draw?.sky === 'function' && draw.sky.length === 0 && typeof draw.fill === 'function';
    });
  }

  /** Rendered features of the given layers at a geographic point. */
  async renderedAt(lonlat: [number, number], layers: string[], radius = 4): Promise<{ layer: string; name?: string; id?: string }[]> {
    return this.page.evaluate(({ lonlat, layers, radius }) => {
      const map = window.__atlasMap!;
      const p = map.project(lonlat as [number, number]);
      return map.queryRenderedFeatures([[p.x - radius, p.y - radius], [p.x + radius, p.y + radius]], { layers })
        .map((f) => ({ layer: f.layer.id, name: f.properties.name as string | undefined, id: f.properties.id as string | undefined }));
    }, { lonlat, layers, radius });
  }

  /** Share of canvas pixels that differ from the background colour (0–1). */
  async inkShare(): Promise<number> {
    return this.page.evaluate(() => {
      const canvas = window.__atlasMap!.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = 200; copy.height = Math.round((200 * canvas.height) / canvas.width);
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0, copy.width, copy.height);
      const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - 241) + Math.abs(data[i + 1] - 240) + Math.abs(data[i + 2] - 234) > 6) ink++;
      return ink / (data.length / 4);
    });
  }

  /** Clicks (or taps) the map at a geographic point. */
  async clickMapAt(lonlat: [number, number]): Promise<void> {
    const box = (await this.page.getByTestId('map').boundingBox())!;
    const p = await this.page.evaluate((ll) => window.__atlasMap!.project(ll as [number, number]), lonlat);
    if (isPhone(this.page)) await this.page.touchscreen.tap(box.x + p.x, box.y + p.y);
    else await this.page.mouse.click(box.x + p.x, box.y + p.y);
  }

  panel() {
    return this.page.getByRole('complementary');
  }

  async screenshot(name: string): Promise<void> {
    const project = isPhone(this.page) ? 'phone' : 'desktop';
    await this.page.screenshot({ path: `${process.env.ATLAS_SCREENSHOTS ?? 'reports/screenshots'}/${project}-${name}.png` });
  }

  // ── Explorer: related features, bottom sheet, feature list, timeline, locator ──────────────

  /** The side panel / bottom sheet (whatever it shows). */
  sheet() {
    return this.page.locator('aside.side-panel');
  }

  sheetHandle() {
    return this.sheet().locator('.sheet-handle');
  }

  async sheetState(): Promise<string | null> {
    return this.sheet().getAttribute('data-sheet');
  }

  /** Waits for the sheet to settle in a state (its height transition done). */
  async expectSheet(state: 'peek' | 'half' | 'full'): Promise<void> {
    await expect(this.sheet()).toHaveAttribute('data-sheet', state);
    await this.page.waitForFunction(() => {
      const el = document.querySelector('aside.side-panel') as HTMLElement | null;
      if (!el) return false;
      const h = el.getBoundingClientRect().height;
      const w = window as unknown as { __lastSheetH?: number };
      const same = w.__lastSheetH === h;
      w.__lastSheetH = h;
      return same;
    }, undefined, { polling: 120 });
  }

  /** Drags the sheet's handle by dy CSS pixels (negative = up) with a touch-like pointer. */
  async dragSheet(dy: number): Promise<void> {
    const box = (await this.sheetHandle().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const steps = 12;
    if (isPhone(this.page)) {
      // A real touch drag (pointerType "touch"), through the DevTools protocol.
      const cdp = await this.page.context().newCDPSession(this.page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', ty: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: ty }] });
      await touch('touchStart', y);
      for (let i = 1; i <= steps; i++) {
        await touch('touchMove', y + (dy * i) / steps);
        await this.page.waitForTimeout(30); // a slow drag: it snaps by position, not as a flick
      }
      await this.page.waitForTimeout(200); // hold still before letting go: a placed drag, not a flick
      await touch('touchEnd', y + dy);
      await cdp.detach();
      return;
    }
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await this.page.mouse.move(x, y + (dy * i) / steps);
      await this.page.waitForTimeout(30);
    }
    await this.page.waitForTimeout(200);
    await this.page.mouse.up();
  }

  /** Share of the map's area not covered by the side panel (0–1). */
  async visibleMapShare(): Promise<number> {
    return this.page.evaluate(() => {
      const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      const panel = document.querySelector('aside.side-panel')?.getBoundingClientRect();
      if (!panel) return 1;
      const w = Math.max(0, Math.min(map.right, panel.right) - Math.max(map.left, panel.left));
      const h = Math.max(0, Math.min(map.bottom, panel.bottom) - Math.max(map.top, panel.top));
      return 1 - (w * h) / (map.width * map.height);
    });
  }

  async openSheetFromTopBar(name: RegExp | string): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name, exact: typeof name === 'string' }).click();
  }

  /** The feature list: its own top-bar button on a desktop, the List tab of the layers sheet on a phone. */
  async openFeatureList(lang: 'zh' | 'en' = 'zh'): Promise<void> {
    const list = lang === 'zh' ? '列表' : 'List';
    if (isPhone(this.page)) {
      await this.openSheetFromTopBar(lang === 'zh' ? '图层' : 'Layers');
      await this.page.getByRole('tab', { name: list }).click();
    } else await this.openSheetFromTopBar(list);
  }

  /** The top-bar button that opened the list (where focus returns when it closes). */
  listOpener(lang: 'zh' | 'en' = 'zh') {
    const name = isPhone(this.page) ? (lang === 'zh' ? '图层' : 'Layers') : (lang === 'zh' ? '列表' : 'List');
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  /** Ids of the plan features the map currently draws anywhere in view. */
  async renderedPlanIds(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__atlasMap!;
      const ids = map.queryRenderedFeatures(undefined, { layers: ['plan-fill', 'plan-line', 'plan-point'] }).map((f) => f.properties.id as string);
      return [...new Set(ids)];
    });
  }

  /** Plan features whose name the map has placed (symbols that lost the collision test are not listed). */
  async placedPlanLabels(): Promise<string[]> {
    return this.page.evaluate(() => [...new Set(window.__atlasMap!.queryRenderedFeatures(undefined, { layers: ['plan-labels'] }).map((f) => f.properties.id as string))]);
  }

  /** A plan layer's style property as the map has it now (layout or paint), as JSON. */
  async planStyle(layer: string, property: string, kind: 'layout' | 'paint'): Promise<string> {
    return this.page.evaluate(({ layer, property, kind }) => {
      const map = window.__atlasMap!;
      return JSON.stringify(kind === 'layout' ? map.getLayoutProperty(layer, property as 'visibility') : map.getPaintProperty(layer, property as 'fill-opacity'));
    }, { layer, property, kind });
  }

  /** Where a plan feature's bounding box lies on screen, relative to the map container. */
  async featureScreenBox(id: string): Promise<{ left: number; top: number; right: number; bottom: number; mapW: number; mapH: number }> {
    return this.page.evaluate((fid) => {
      const map = window.__atlasMap!;
      const xs: number[] = [];
      const ys: number[] = [];
      const walk = (c: unknown): void => {
        if (typeof (c as number[])[0] === 'number') {
          const p = map.project(c as [number, number]);
          xs.push(p.x); ys.push(p.y);
        } else (c as unknown[]).forEach(walk);
      };
      for (const f of map.querySourceFeatures('plan', { filter: ['==', ['get', 'id'], fid] })) walk((f.geometry as { coordinates: unknown }).coordinates);
      const c = map.getContainer();
      return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys), mapW: c.clientWidth, mapH: c.clientHeight };
    }, id);
  }

  /** Members of every frame of a plan (from the site's own data/frames.json). */
  async frameMembersOfPlan(seedPrefix: string): Promise<string[]> {
    return this.page.evaluate(async (prefix) => {
      const frames = await (await fetch(new URL('data/frames.json', document.baseURI))).json() as { seed: string; groups: { members: string[] }[] }[];
      return frames.filter((f) => f.seed.startsWith(prefix)).flatMap((f) => f.groups.flatMap((g) => g.members));
    }, seedPrefix);
  }

  /** The distinct members of one frame's groups (from the site's own data/frames.json). */
  async frameMembers(frameId: string): Promise<string[]> {
    return this.page.evaluate(async (id) => {
      const frames = await (await fetch(new URL('data/frames.json', document.baseURI))).json() as { id: string; groups: { members: string[] }[] }[];
      return [...new Set(frames.find((f) => f.id === id)?.groups.flatMap((g) => g.members) ?? [])];
    }, frameId);
  }

  /** The "what's here" list a click on several structures opens, and the names it lists (smallest first). */
  async whatsHere(): Promise<{ list: Locator; names: string[] }> {
    const list = this.page.getByRole('complementary', { name: /此处有 \d+ 个要素|\d+ features overlap here/ });
    await expect(list).toBeVisible();
    return { list, names: await list.locator('.dossier-name').allInnerTexts() };
  }

  // ── Present, compare, export ───────────────────────────────────────────────────────────

  /** Clicks a top-bar mode button (present / compare / export), through the "⋯" menu on a phone. */
  async topBarMode(name: RegExp): Promise<void> {
    const bar = this.page.getByRole('banner');
    if (isPhone(this.page)) await bar.getByRole('button', { name: /更多|More/ }).click();
    await bar.getByRole('button', { name }).click();
  }

  presenter() {
    return this.page.getByRole('region', { name: /演示模式|Presenter/ });
  }

  /** The presenter's current step: number, title, quote and the quote's plan. */
  async presentStep(): Promise<{ step: number; tour: string; title: string; quote: string; seed: string | null }> {
    const p = this.presenter();
    await expect(p).toHaveAttribute('data-step', /\d+/);
    const quote = p.locator('.present-quote');
    return {
      step: Number(await p.getAttribute('data-step')),
      tour: (await p.getAttribute('data-tour')) ?? '',
      title: (await p.locator('.present-title').innerText()).trim(),
      quote: (await quote.count()) ? (await quote.innerText()).trim() : '',
      seed: (await quote.count()) ? await quote.getAttribute('data-seed') : null,
    };
  }

  /** Top of the presenter's caption, relative to the map container (px). */
  async presentCaptionTop(): Promise<number> {
    const caption = (await this.page.locator('.present-caption').boundingBox())!;
    const map = (await this.page.getByTestId('map').boundingBox())!;
    return caption.y - map.y;
  }

  /** Plan features the map marks as selected (feature state). */
  async selectedPlanIds(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__atlasMap!;
      const ids = map.querySourceFeatures('plan').map((f) => f.properties.id as string);
      return [...new Set(ids)].filter((id) => map.getFeatureState({ source: 'plan', id }).selected === true);
    });
  }

  /** Records, from the first script on, when the live map replaces the picture and when each presenter step appears. */
  async recordPresenterTimes(): Promise<void> {
    await this.page.addInitScript(() => {
      const w = window as unknown as { __presentTimes: { mapDrawn: number; steps: Record<number, number> } };
      w.__presentTimes = { mapDrawn: 0, steps: {} };
      new MutationObserver(() => {
        const stage = document.querySelector('.stage');
        if (stage && !stage.classList.contains('map-drawing') && !w.__presentTimes.mapDrawn) w.__presentTimes.mapDrawn = performance.now();
        const step = Number(document.querySelector('.present[data-step]')?.getAttribute('data-step'));
        if (step && !w.__presentTimes.steps[step]) w.__presentTimes.steps[step] = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'data-step'] });
    });
  }

  async presenterTimes(): Promise<{ mapDrawn: number; steps: Record<number, number> }> {
    return this.page.evaluate(() => (window as unknown as { __presentTimes: { mapDrawn: number; steps: Record<number, number> } }).__presentTimes);
  }

  /** The kinds the legend lists, and the basemap symbols it shows. */
  async legend(): Promise<{ kinds: string[]; basemap: string[] }> {
    const legend = this.page.getByTestId('legend');
    await expect(legend).toBeVisible(); // the layers sheet has opened
    return {
      kinds: await legend.locator('[data-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')!)),
      basemap: await legend.locator('[data-symbol]').evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')!)),
    };
  }

  /** Kinds of the plan features the map has drawn (rendered in view). */
  async renderedKinds(): Promise<string[]> {
    return this.page.evaluate(() => [...new Set(window.__atlasMap!.queryRenderedFeatures({ layers: ['plan-fill', 'plan-line', 'plan-point'] }).map((f) => f.properties.kind as string))]);
  }

  /** Text sizes (px) of the labels the map has placed in a layer, as maplibre evaluated them; and its visibility. */
  async labelSizes(layer: string): Promise<{ sizes: number[]; visibility: string }> {
    return this.page.evaluate((id) => {
      const map = window.__atlasMap!;
      const sizes = map.queryRenderedFeatures({ layers: [id] }).map((f) => Number((f.layer.layout as Record<string, unknown>)['text-size']));
      return { sizes, visibility: String(map.getLayoutProperty(id, 'visibility') ?? 'visible') };
    }, layer);
  }

  /** Computed font size (px) of an element. */
  async fontSize(selector: string): Promise<number> {
    return this.page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }

  async mapCanvasCount(): Promise<number> {
    return this.page.locator('canvas.maplibregl-canvas').count();
  }

  /** Waits until the compare view's second map has its style and has drawn. */
  async compareMapIdle(): Promise<void> {
    await expect(this.page.getByTestId('compare-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await this.page.evaluate(() => new Promise<void>((done) => {
      const map = window.__atlasCompareMap!;
      map.once('idle', () => done());
      map.triggerRepaint();
    }));
  }

  /** Exports the PNG from the export dialog; returns the file's bytes and what the page decodes from it. */
  /** Exports a PNG through the dialog; `option` picks a resolution button (default: the screen's). */
  async exportPng(option: RegExp = /PNG/): Promise<{ bytes: Buffer; width: number; height: number; ink: number; colours: number; mapPx: { w: number; h: number; ratio: number } }> {
    const dialog = this.page.getByRole('dialog', { name: /导出|Export/ });
    if (!(await dialog.isVisible())) await this.topBarMode(/导出|Export/);
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: option }).first().click()]);
    const bytes = await (await import('node:fs/promises')).readFile((await download.path())!);
    const decoded = await this.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth; c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let ink = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) {
        if (Math.abs(data[i] - 255) + Math.abs(data[i + 1] - 253) + Math.abs(data[i + 2] - 248) > 12) ink++;
        colours.add((data[i] >> 3) * 1024 + (data[i + 1] >> 3) * 32 + (data[i + 2] >> 3));
      }
      const map = window.__atlasMap!.getCanvas();
      return { width: c.width, height: c.height, ink: ink / (data.length / 28), colours: colours.size, mapPx: { w: map.width, h: map.height, ratio: map.width / map.clientWidth } };
    }, bytes.toString('base64'));
    return { bytes, ...decoded };
  }

  /** Closes the export dialog (and a print layout with it) with Escape, as a keyboard user would. */
  async closeExport(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('dialog', { name: /导出|Export/ })).toHaveCount(0);
  }

  /** Opens the print layout for a paper size without the browser's print dialog, in print media. */
  async openPrintLayout(paper: 'A4' | 'A3'): Promise<void> {
    await this.page.evaluate(() => { window.print = () => { (window as unknown as { __printed?: number }).__printed = 1; }; });
    await this.topBarMode(/导出|Export/);
    await this.page.getByRole('dialog').getByRole('button', { name: new RegExp(`(打印|Print) ${paper}`) }).click();
    await this.page.waitForFunction(() => (window as unknown as { __printed?: number }).__printed === 1, undefined, { timeout: 30_000 });
    await this.page.emulateMedia({ media: 'print' });
  }

  // ── Reliability: SVG map without WebGL, context loss, offline, CSP, hostile input ──────────

  /** The SVG map drawn when WebGL 2 is missing or its context is gone. */
  svgMap() {
    return this.page.getByTestId('map-fallback');
  }

  /** Waits until the SVG map has drawn its basemap and plan features. */
  async svgMapDrawn(): Promise<void> {
    await expect(this.svgMap().locator('.fb-province').first()).toBeAttached();
    await expect.poll(() => this.svgMap().locator('[data-id]').count()).toBeGreaterThan(5);
  }

  /** Clicks (or taps) the SVG map at a geographic point. */
  async clickSvgMapAt(lonlat: [number, number]): Promise<void> {
    const box = (await this.svgMap().boundingBox())!;
    const [x, y] = await this.page.evaluate((ll) => window.__atlasSvgMap!.project(ll as [number, number]), lonlat);
    if (isPhone(this.page)) await this.page.touchscreen.tap(box.x + x, box.y + y);
    else await this.page.mouse.click(box.x + x, box.y + y);
  }

  /** Whether the browser offers WebGL 2 at all. */
  async hasWebGL2(): Promise<boolean> {
    return this.page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
  }

  /** Loses the map's WebGL context (WEBGL_lose_context); `restoreContext` gives it back. */
  async loseContext(): Promise<void> {
    await this.page.evaluate(() => {
      const gl = window.__atlasMap!.getCanvas().getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = ext;
      ext.loseContext();
    });
  }

  async restoreContext(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext());
  }

  /** The map's view and which plan features carry the `selected` feature state. */
  async mapViewAndSelection(ids: string[]): Promise<{ zoom: number; lat: number; lon: number; selected: string[] }> {
    return this.page.evaluate((ids) => {
      const map = window.__atlasMap!;
      const c = map.getCenter();
      const selected = ids.filter((id) => map.getFeatureState({ source: 'plan', id }).selected === true);
      return { zoom: map.getZoom(), lat: c.lat, lon: c.lng, selected };
    }, ids);
  }

  /** Records every Content-Security-Policy violation from the first script on; read with `cspViolations`. */
  async watchSecurityPolicy(): Promise<void> {
    await this.page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  }

  /** Waits until the service worker controls the page and has cached the font subsets the page used. */
  async offlineReady(): Promise<void> {
    await this.page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => this.page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    // Every font subset the page has loaded so far is in the worker's font cache.
    await expect.poll(() => this.page.evaluate(async () => {
      const cache = await caches.open('atlas-fonts');
      const used = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.woff2'));
      const missing = (await Promise.all(used.map(async (u) => ((await cache.match(u)) ? null : u)))).filter(Boolean);
      return used.length > 0 && missing.length === 0;
    }), { timeout: 20_000 }).toBe(true);
  }

  /** Asks the browser to look for a new service worker now (as it does on navigation). */
  async checkForUpdate(): Promise<void> {
    await this.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  }

  /** The app is alive: its title is shown, the page has content, and nothing threw. */
  async expectAlive(): Promise<void> {
    await expect(this.page.locator('.brand-main')).toBeVisible();
    await expect(this.page.locator('.stage')).toBeVisible();
    expect(this.consoleErrors.filter((e) => !e.startsWith('Failed to load resource')), 'errors').toEqual([]);
    // Nothing from a link has been written onto Object.prototype (ids such as `__proto__`).
    const polluted = await this.page.evaluate(() => { const keys: string[] = []; for (const k in {}) keys.push(k); return keys; });
    expect(polluted, 'properties added to Object.prototype').toEqual([]);
  }

  expectClean(): void {
    expect(this.consoleErrors, 'console errors').toEqual([]);
    expect(this.foreignRequests, 'requests to other origins').toEqual([]);
  }

  // ── Search ─────────────────────────────────────────────────────────────────────────────

  searchBox() {
    return this.page.getByRole('combobox', { name: /搜索要素|Search features/ });
  }

  searchResults() {
    return this.page.getByRole('listbox', { name: /搜索要素|Search features/ });
  }

  /** An option in a named result group (要素 / 地点 / 原文 / 您是否要找, or in English). */
  searchOption(group: RegExp | string, name: RegExp | string) {
    return this.searchResults().getByRole('group', { name: group }).getByRole('option', { name });
  }

  /** Opens the box (through its icon on a phone) and types a query one key at a time. */
  async search(query: string): Promise<void> {
    if (!(await this.searchBox().isVisible())) await this.page.getByRole('banner').getByRole('button', { name: /^(搜索|Search)$/ }).click();
    await this.searchBox().fill('');
    await this.searchBox().pressSequentially(query, { delay: 20 });
  }

  /** Chooses an option by mouse click on a desktop, by tap on a phone. */
  async chooseOption(option: ReturnType<AtlasDriver['searchOption']>): Promise<void> {
    if (isPhone(this.page)) await option.tap();
    else await option.click();
  }

  /** How long each search took in the page (User Timing measures "atlas-search"), in ms. */
  async searchTimings(): Promise<number[]> {
    return this.page.evaluate(() => performance.getEntriesByName('atlas-search').map((e) => e.duration));
  }

  /** The map's centre and zoom once it has stopped moving. */
  async settledView(): Promise<{ lon: number; lat: number; zoom: number }> {
    await this.page.waitForFunction(() => !window.__atlasMap!.isMoving());
    return this.page.evaluate(() => {
      const map = window.__atlasMap!;
      const c = map.getCenter();
      return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
    });
  }

  // ── Reader: coverage view ─────────────────────────────────────────────────────────────

  /** The open plan reader. */
  reader() {
    return this.page.getByRole('region', { name: /《/ });
  }

  /** Switches the reader's coverage view on (or, pressed again, off). */
  async toggleCoverage(): Promise<void> {
    await this.reader().getByRole('button', { name: /^(覆盖|Coverage)$/ }).click();
  }

  coveragePanel() {
    return this.page.getByRole('complementary', { name: /本文件的地图覆盖|What the map shows of this document/ });
  }

  /** Opens one chapter of the coverage list by its title and returns it. */
  async coverageChapter(title: RegExp) {
    const chapter = this.coveragePanel().locator('details.coverage-chapter').filter({ has: this.page.locator('summary', { hasText: title }) });
    if ((await chapter.getAttribute('open')) === null) await chapter.locator('summary').click();
    await expect(chapter).toHaveAttribute('open', '');
    return chapter;
  }

  /** The coverage of one plan as the site publishes it (data/coverage.json). */
  async publishedCoverage(seed: string): Promise<{ seed: string; featureIds: string[]; mentions: { mapped: number; unmapped: number }; chapters: { title: string; featureIds: string[]; unmapped: { text: string; paragraphId: string; reason?: string }[] }[] }> {
    return this.page.evaluate(async (id) => {
      const report = await (await fetch(new URL('data/coverage.json', document.baseURI))).json();
      return report.plans.find((p: { seed: string }) => p.seed === id);
    }, seed);
  }

  /** Text marks on unmapped mentions in one paragraph: the words and their tooltips. */
  async unmappedMarksIn(paragraphId: string): Promise<{ text: string; title: string }[]> {
    return this.reader().locator(`[data-paragraph="${paragraphId}"] .unmapped-mention`).evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', title: e.getAttribute('title') ?? '' })));
  }

  // ── Language ─────────────────────────────────────────────────────────────────────────────

  /**
   * Visible text inside `selector` written in the script of the other language: CJK characters in an
   * English interface, or Latin-only sentences in a Chinese one. Text under an element whose nearest
   * `lang` is the other language (a Chinese quote or name, an English name) is the source, not UI, and
   * is skipped. Returns the offending strings, each with the tag of its element.
   */
  async foreignText(selector: string, lang: 'zh' | 'en'): Promise<string[]> {
    return this.page.evaluate(([sel, want]) => {
      const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
      const out: string[] = [];
      for (const root of document.querySelectorAll(sel)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = (n.textContent ?? '').trim();
          const el = n.parentElement!;
          if (!text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
          if (el.closest('[translate="no"]')) continue; // a credit line or name kept as written
          const tagged = (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
          if (want === 'en' && !tagged.startsWith('zh') && cjk.test(text)) out.push(`${el.tagName.toLowerCase()}: ${text}`);
          // In Chinese, a run of four or more English words (an untranslated phrase, not a name or code).
          if (want === 'zh' && tagged !== 'en' && /([A-Za-z]{2,}[\s,;:'’]+){3,}[A-Za-z]{2,}/.test(text)) out.push(`${el.tagName.toLowerCase()}: ${text}`);
        }
      }
      return out;
    }, [selector, lang] as const);
  }


  // ── Share: citations, QR hand-off, feedback, glossary ─────────────────────────────────────

  /** The built site's plan registry summaries (what the app reads). */
  async plansData(): Promise<{ id: string; title: string; issuer?: string; docNumber?: string; date?: string; url?: string; story?: string[]; order: number }[]> {
    return this.page.evaluate(() => fetch('data/plans.json').then((r) => r.json()));
  }

  /** The plans' story frames in the registry's order (what the default tour and compare's first pair follow), with their names. */
  async storyFramesData(): Promise<{ id: string; name: { zh: string; en: string } }[]> {
    const [plans, frames] = await this.page.evaluate(() => Promise.all([fetch('data/plans.json').then((r) => r.json()), fetch('data/frames.json').then((r) => r.json())])) as
      [{ order: number; story?: string[] }[], { id: string; name: { zh: string; en: string } }[]];
    return storyFrames(plans).map((id) => frames.find((f) => f.id === id)!).filter(Boolean);
  }

  /** Opens "Copy citation" in `within` and returns the forms it offers, as they will be copied. */
  async citationForms(within = this.panel()): Promise<{ gbt7714: string; plain: string }> {
    await within.getByRole('button', { name: /^(复制引用|Copy citation)/ }).click();
    const form = (style: string) => within.locator(`.copy-citation-menu [data-style="${style}"]`).getAttribute('data-citation');
    await expect(within.locator('.copy-citation-menu')).toBeVisible();
    return { gbt7714: (await form('gbt7714')) ?? '', plain: (await form('plain')) ?? '' };
  }

  /** Chooses a form in the open citation menu and returns what the clipboard then holds. */
  async copyCitationAs(style: 'gbt7714' | 'plain', within = this.panel()): Promise<string> {
    await within.locator(`.copy-citation-menu [data-style="${style}"]`).click();
    await expect(within.getByRole('status').filter({ hasText: /已复制|Copied/ })).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The presenter's QR hand-off (key Q). */
  presenterQr() {
    return this.page.locator('.present-qr .qr-code');
  }

  /** A frame one of whose quotes holds a glossary term, and that term (from the built data). */
  async frameQuotingATerm(): Promise<{ frame: string; term: string }> {
    return this.page.evaluate(async () => {
      const [frames, glossary] = await Promise.all([fetch('data/frames.json').then((r) => r.json()), fetch('data/glossary.json').then((r) => r.json())]) as
        [{ id: string; citations: { quote: string }[] }[], { terms: { term: string }[] }];
      for (const f of frames) {
        const term = glossary.terms.map((t) => t.term).find((t) => f.citations.some((c) => c.quote.includes(t)));
        if (term) return { frame: f.id, term };
      }
      throw new Error('no frame quotes a glossary term');
    });
  }

  /** The open glossary popover. */
  glossaryPopover() {
    return this.page.getByRole('tooltip');
  }

}

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1000) < 720;
