// Page-object driver: specs say what a user does and sees; this file knows how.
import { expect, type Page, type Request } from '@playwright/test';

export class AtlasDriver {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly requests: Request[] = [];

  constructor(readonly page: Page) {
    page.on('console', (m) => { if (m.type() === 'error') this.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
    page.on('request', (r) => {
      this.requests.push(r);
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(page.url() || 'http://127.0.0.1').origin && !url.hostname.startsWith('127.0.0.1')) {
        this.foreignRequests.push(r.url());
      }
    });
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(hash ? `./${hash}` : './');
  }

  /** Waits until the map has the basemap and the plan features and has finished drawing them. */
  async mapIdle(): Promise<void> {
    await this.page.waitForFunction(() => {
      const map = window.__atlasMap;
      return !!map && map.isStyleLoaded() && map.querySourceFeatures('province').length > 0 && map.querySourceFeatures('plan').length > 0;
    }, undefined, { timeout: 30_000 });
    await this.page.evaluate(() => new Promise<void>((done) => {
      const map = window.__atlasMap!;
      map.once('idle', () => done());
      map.triggerRepaint();
    }));
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

  expectClean(): void {
    expect(this.consoleErrors, 'console errors').toEqual([]);
    expect(this.foreignRequests, 'requests to other origins').toEqual([]);
  }
}

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1000) < 720;
