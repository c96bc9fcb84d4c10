import { describe, expect, it } from 'vitest';
import { svgLabels, svgLabelSize, type SvgLabelInput } from '../../../src/lib/svg-map/svg-labels';
import { overlaps } from '../../../src/lib/svg-map/place-labels';
import { atZoom, PROJECTION_THEME, SCREEN_THEME } from '../../../src/lib/style/map-tokens';

const VIEW: [number, number, number, number] = [0, 0, 400, 400];
const label = (kind: SvgLabelInput['kind'], id: string, x: number, y: number, extra: Partial<SvgLabelInput> = {}): SvgLabelInput => ({ kind, id, text: `名${id}`, x, y, ...extra });

describe('the SVG map’s names', () => {
  it('takes sizes from the tokens at the zoom, plan names smaller in English and on a smaller map', () => {
    expect(svgLabelSize('prefecture', 8, SCREEN_THEME, 'zh')).toBe(atZoom(SCREEN_THEME.labels.prefecture.size, 8));
    expect(svgLabelSize('plan', 9, SCREEN_THEME, 'zh')).toBe(SCREEN_THEME.planLabel.size);
    expect(svgLabelSize('plan', 6, SCREEN_THEME, 'zh')).toBeCloseTo(SCREEN_THEME.planLabel.size * SCREEN_THEME.planLabel.zoom6Scale);
    expect(svgLabelSize('plan', 9, SCREEN_THEME, 'en')).toBeLessThan(svgLabelSize('plan', 9, SCREEN_THEME, 'zh'));
  });

  it('draws English plan names smaller on a phone-wide view, as the live map does; Chinese ones keep their size', () => {
    const plan = [label('plan', 'p', 150, 150, { text: 'Some Town Cluster' })];
    const phone: [number, number, number, number] = [0, 0, 390, 700];
    const wide: [number, number, number, number] = [0, 0, 1280, 700];
    const [onPhone] = svgLabels(plan, 7, SCREEN_THEME, 'en', phone);
    const [onDesktop] = svgLabels(plan, 7, SCREEN_THEME, 'en', wide);
    expect(onPhone.size).toBeCloseTo(onDesktop.size * SCREEN_THEME.planLabel.narrowEnScale);
    expect(svgLabels(plan, 7, SCREEN_THEME, 'zh', phone)[0].size).toBe(svgLabels(plan, 7, SCREEN_THEME, 'zh', wide)[0].size);
  });

  it('names counties only from the live map’s county zoom, and leaves out what a theme hides', () => {
    const inputs = [label('county', 'c', 100, 100)];
    const minzoom = SCREEN_THEME.labels.county.minzoom!;
    expect(svgLabels(inputs, minzoom - 0.5, SCREEN_THEME, 'zh', VIEW)).toHaveLength(0);
    expect(svgLabels(inputs, minzoom + 0.5, SCREEN_THEME, 'zh', VIEW)).toHaveLength(1);
    expect(svgLabels(inputs, minzoom + 0.5, PROJECTION_THEME, 'zh', VIEW)).toHaveLength(0);
  });

  it('places plan names first, moves or drops the others, and never overlaps two names', () => {
    const inputs = [label('county', 'c', 200, 200), label('prefecture', 'p', 200, 200), label('plan', 'a', 200, 200), label('plan', 'b', 202, 201)];
    const placed = svgLabels(inputs, 8, SCREEN_THEME, 'zh', VIEW);
    expect(placed[0].input.id).toBe('a');
    expect(placed.map((p) => p.input.id)).toEqual(expect.arrayContaining(['a', 'b', 'p']));
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box), `${a.input.id} ${b.input.id}`).toBe(false);
  });

  it('names an open frame’s part even where no place is free', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => label('plan', `x${i}`, 200, 200));
    const part = label('plan', 'part', 200, 200, { force: true });
    expect(svgLabels([...crowd, part], 8, SCREEN_THEME, 'zh', VIEW).map((p) => p.input.id)).toContain('part');
    expect(svgLabels([...crowd, { ...part, force: false }], 8, SCREEN_THEME, 'zh', VIEW).map((p) => p.input.id)).not.toContain('part');
  });
});
