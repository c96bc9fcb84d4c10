// A notice stays while the user looks at it, and goes once they move on to another selection or mode.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore, initialAtlasState } from '../../../src/store/atlas-store';
import { startNoticeExpiry } from '../../../src/app/notice-expiry';

describe('notice expiry', () => {
  let stop = () => {};
  beforeEach(() => { useAtlasStore.setState({ ...initialAtlasState }); stop = startNoticeExpiry(useAtlasStore); });
  afterEach(() => stop());
  const s = () => useAtlasStore.getState();

  it('keeps a notice shown with a dropped selection, and drops it at the next selection', () => {
    s().openSubject({ kind: 'frame', id: 'x' });
    useAtlasStore.setState({ subject: null, notice: 'not found' }); // the subject check's own update
    expect(s().notice).toBe('not found');
    s().hover('a');
    expect(s().notice).toBe('not found');
    s().openSubject({ kind: 'feature', id: 'a' });
    expect(s().notice).toBeNull();
  });

  it('drops a notice when the reader opens, not when the reader moves itself', () => {
    s().openReader({ doc: 'd', paragraph: 'p9999' });
    s().showNotice('no such paragraph');
    s().openReader({ doc: 'd', paragraph: 'p0001' }); // the reader's own correction
    expect(s().notice).toBe('no such paragraph');
    s().openReader(null);
    s().openReader({ doc: 'e', paragraph: 'p1' });
    expect(s().notice).toBeNull();
  });
});
