// @vitest-environment happy-dom
// "Back to the map" is Back only when the entry behind was made by the app and is the map.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backIfPrevious } from '../../../src/components/history-back';

describe('backIfPrevious', () => {
  beforeEach(() => history.replaceState(null, '', '/#'));

  it('goes Back when the entry behind passes the test', () => {
    const back = vi.spyOn(history, 'back').mockImplementation(() => {});
    history.pushState({ atlasKind: 'reader', atlasPrev: '#f=x' }, '', '/#f=x&doc=d');
    expect(backIfPrevious((h) => !h.doc)).toBe(true);
    expect(back).toHaveBeenCalledTimes(1);
    back.mockRestore();
  });

  it('does not when the entry was not made by the app, or the one behind fails the test', () => {
    const back = vi.spyOn(history, 'back').mockImplementation(() => {});
    history.replaceState(null, '', '/#doc=d');
    expect(backIfPrevious((h) => !h.doc)).toBe(false);
    history.replaceState({ atlasKind: 'reader', atlasPrev: '#doc=other' }, '', '/#doc=d');
    expect(backIfPrevious((h) => !h.doc)).toBe(false);
    history.replaceState({ atlasKind: 42, atlasPrev: {} }, '', '/#doc=d');
    expect(backIfPrevious(() => true)).toBe(false);
    expect(back).not.toHaveBeenCalled();
    back.mockRestore();
  });
});
