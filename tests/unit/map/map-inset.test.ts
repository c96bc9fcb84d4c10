// The free area a fit goes into: the panel, the phone's bottom sheet, the presenter's caption and the
// compare divider each take their part; something is always left.
import { describe, expect, it } from 'vitest';
import { mapInset } from '../../../src/lib/camera/map-inset';
import { sheetHeights } from '../../../src/lib/explorer/sheet-states';

const desktop = { width: 1280, height: 740, panelWidth: 400 };
const phone = { width: 390, height: 780, panelWidth: 400 };
const projector = { width: 1920, height: 1080, panelWidth: 460 };

describe('mapInset', () => {
  it('leaves an even margin when nothing covers the map', () => {
    expect(mapInset(desktop)).toEqual({ top: 60, right: 60, bottom: 60, left: 60 });
    expect(mapInset(desktop, { margin: 16 })).toEqual({ top: 16, right: 16, bottom: 16, left: 16 });
  });

  it('keeps clear of the docked panel on wide screens, at most half the width', () => {
    expect(mapInset(desktop, { panel: true }).right).toBe(440);
    expect(mapInset({ ...desktop, width: 760 }, { panel: true }).right).toBe(380);
    expect(mapInset(desktop, { panel: true }).bottom).toBe(60);
  });

  it('keeps clear of the bottom sheet at half height on a phone', () => {
    const inset = mapInset(phone, { panel: true });
    expect(inset.bottom).toBe(sheetHeights(780).half + 20);
    expect(inset.right).toBe(30);
  });

  it('fits above the presenter caption', () => {
    const inset = mapInset(projector, { caption: 420 });
    expect(inset.bottom).toBe(444);
    expect(inset.top).toBe(60);
  });

  it('keeps to the main map’s side of the compare divider', () => {
    expect(mapInset(desktop, { divider: 500 }).right).toBe(1280 - 500 + 24);
  });

  it('always leaves some room, however much is covered', () => {
    const inset = mapInset(projector, { caption: 5000, divider: -100 });
    expect(projector.height - inset.top - inset.bottom).toBeGreaterThanOrEqual(120);
    expect(projector.width - inset.left - inset.right).toBeGreaterThanOrEqual(120);
    expect(inset.bottom).toBeGreaterThanOrEqual(0);
  });
});
