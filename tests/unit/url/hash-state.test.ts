import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../src/lib/url/hash-state';

describe('hash state', () => {
  it('round-trips a full state', () => {
    const state = {
      feature: 'fenhe-valley-town-belt',
      view: { zoom: 7.25, lat: 37.8612, lon: 112.5489 },
      doc: '007_0123456789abcdef',
      paragraph: 'p0042',
      lang: 'en' as const,
      layers: ['plan:006_fedcba9876543210', 'frame-x'],
      basemapOff: ['basemap-rail'],
    };
    expect(parseHash(formatHash(state))).toEqual(state);
    expect(formatHash(state)).toBe('#f=fenhe-valley-town-belt&v=7.25/37.8612/112.5489&doc=007_0123456789abcdef&p=p0042&lang=en&l=plan:006_fedcba9876543210,frame-x&off=basemap-rail');
  });

  it('drops invalid values instead of failing', () => {
    expect(parseHash('#v=NaN/1/2&f=<script>&lang=fr&p=p1')).toEqual({});
    expect(parseHash('#v=99/200/-500')).toEqual({});
    expect(parseHash('#' + 'x'.repeat(10000))).toEqual({});
    expect(parseHash('#%E0%A4%A&f=%00')).toEqual({});
  });

  it('tells "no layers" from "default layers"', () => {
    expect(parseHash('#l=')).toEqual({ layers: [] });
    expect(parseHash('#f=x')).toEqual({ feature: 'x' });
  });

  it('keeps valid parts next to invalid ones', () => {
    expect(parseHash('#f=taiyuan&v=abc')).toEqual({ feature: 'taiyuan' });
  });

  it('writes and reads an open panel and compare with its divider', () => {
    expect(parseHash('#panel=layers')).toEqual({ panel: 'layers' });
    expect(parseHash('#panel=constructor&cmp')).toEqual({ compare: { a: '', b: '' } });
    const state = { compare: { a: 'plan:003_x', b: 'frame-y', x: 0.425 }, view: { zoom: 6, lat: 37.7, lon: 112.4 } };
    expect(formatHash(state)).toBe('#v=6/37.7/112.4&cmp=plan:003_x,frame-y&x=0.425');
    expect(parseHash(formatHash(state))).toEqual(state);
  });

  it('drops hostile compare values instead of failing', () => {
    expect(parseHash('#cmp=<script>,__proto__&x=NaN')).toEqual({ compare: { a: '', b: '__proto__' } });
    for (const x of ['1e999', '-0.5', '0', '1', '0x1', '', 'Infinity', '0.5/2']) expect(parseHash(`#cmp=a,b&x=${x}`).compare).toEqual({ a: 'a', b: 'b' });
    expect(parseHash('#x=0.5')).toEqual({});
    expect(Object.getPrototypeOf(parseHash('#cmp=__proto__,constructor').compare)).toBe(Object.prototype);
  });
});

describe('selection keys: place, frame, plan', () => {
  it('round-trips each and writes it beside the feature key', () => {
    for (const state of [{ place: '140300' }, { frame: 'frame-x' }, { plan: 'seed-x' }]) expect(parseHash(formatHash(state))).toEqual(state);
    expect(formatHash({ place: '140321', lang: 'en' })).toBe('#place=140321&lang=en');
    expect(formatHash({ frame: 'frame-x' })).toBe('#fr=frame-x');
  });

  it('names a key whose value is no id at all, and keeps nothing of it', () => {
    expect(parseHash('#place=<script>&fr=&plan=__a b')).toEqual({ rejected: ['place', 'frame', 'plan'] });
    expect(parseHash('#place=140300&fr=%00')).toEqual({ place: '140300', rejected: ['frame'] });
    expect(parseHash('#lang=en')).toEqual({ lang: 'en' });
  });
});
