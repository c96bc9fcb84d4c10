// Which URL changes are history entries: states reached on purpose push, moves replace, and repeated
// changes of one kind stay one entry.
import { describe, expect, it } from 'vitest';
import { historyStep } from '../../../src/lib/url/history-step';

const VIEW = { zoom: 7, lat: 37.8, lon: 112.5 };

describe('history step', () => {
  it('pushes a panel, a selection, the reader, compare and presenting', () => {
    expect(historyStep({}, { panel: 'layers' }, undefined)).toEqual({ push: true, kind: 'panel' });
    expect(historyStep({ panel: 'layers' }, {}, 'panel')).toEqual({ push: true, kind: 'panel' });
    expect(historyStep({}, { feature: 'a' }, 'feature')).toEqual({ push: true, kind: 'feature' });
    expect(historyStep({ feature: 'a' }, { feature: 'b' }, 'feature')).toEqual({ push: true, kind: 'feature' });
    expect(historyStep({}, { doc: 'd', paragraph: 'p1' }, undefined)).toEqual({ push: true, kind: 'reader' });
    expect(historyStep({ layers: ['x'] }, { compare: { a: '', b: '' } }, 'layers')).toEqual({ push: true, kind: 'compare' });
    expect(historyStep({ compare: { a: '', b: '' } }, { layers: ['x'] }, 'compare')).toEqual({ push: true, kind: 'compare' });
    expect(historyStep({}, { present: {} }, undefined)).toEqual({ push: true, kind: 'present' });
  });

  it('rewrites the entry for a map move, the divider, the language and the tour’s steps', () => {
    expect(historyStep({ panel: 'list' }, { panel: 'list', view: VIEW }, 'panel')).toEqual({ push: false });
    expect(historyStep({ compare: { a: 'a', b: 'b' } }, { compare: { a: 'a', b: 'b', x: 0.3 } }, 'compare')).toEqual({ push: false });
    expect(historyStep({}, { lang: 'en' }, undefined)).toEqual({ push: false });
    expect(historyStep({ present: { step: 1 } }, { present: { step: 2 } }, 'present')).toEqual({ push: false });
    expect(historyStep({}, { basemapOff: [] }, undefined)).toEqual({ push: false });
  });

  it('keeps repeated changes of one kind in one entry', () => {
    // The first tick is an entry; the next ticks join it.
    expect(historyStep({ panel: 'layers' }, { panel: 'layers', layers: ['a'] }, 'panel')).toEqual({ push: true, kind: 'layers' });
    expect(historyStep({ panel: 'layers', layers: ['a'] }, { panel: 'layers', layers: ['a', 'b'] }, 'layers')).toEqual({ push: false });
    expect(historyStep({ basemapOff: ['rail'] }, {}, 'layers')).toEqual({ push: false });
    // Switching between open panels, the reader's paragraphs and the compared pair.
    expect(historyStep({ panel: 'layers' }, { panel: 'list' }, 'panel')).toEqual({ push: false });
    expect(historyStep({ panel: 'layers' }, { panel: 'list' }, 'layers')).toEqual({ push: true, kind: 'panel' });
    expect(historyStep({ doc: 'd', paragraph: 'p1' }, { doc: 'd', paragraph: 'p2' }, 'reader')).toEqual({ push: false });
    expect(historyStep({ compare: { a: 'a', b: 'b' } }, { compare: { a: 'a', b: 'c' } }, 'compare')).toEqual({ push: false });
    expect(historyStep({ compare: { a: 'a', b: 'b' } }, { compare: { a: 'a', b: 'c' } }, undefined)).toEqual({ push: true, kind: 'compare' });
  });
});

describe('history step: every kind of selection', () => {
  it('pushes a place, a frame and a plan like a feature, and a change between them', () => {
    expect(historyStep({}, { place: '140300' }, undefined)).toEqual({ push: true, kind: 'feature' });
    expect(historyStep({ place: '140300' }, { frame: 'fr' }, 'feature')).toEqual({ push: true, kind: 'feature' });
    expect(historyStep({ frame: 'fr' }, { plan: 'p' }, 'feature')).toEqual({ push: true, kind: 'feature' });
    expect(historyStep({ plan: 'p' }, { feature: 'f' }, 'feature')).toEqual({ push: true, kind: 'feature' });
    expect(historyStep({ place: '140300' }, { place: '140300', view: VIEW }, 'feature')).toEqual({ push: false });
  });
});
