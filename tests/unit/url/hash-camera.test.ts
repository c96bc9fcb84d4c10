// @vitest-environment happy-dom
// Links move the camera through intents: a link's view wins; a link to a feature without a view frames
// the feature beside its panel; a link with neither moves nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { useAtlasStore, initialAtlasState } from '../../../src/store/atlas-store';
import { startHashSync } from '../../../src/app/hash-sync';

describe('hash → camera intents', () => {
  let stop = () => {};
  const open = (hash: string) => {
    history.replaceState(null, '', `/${hash}`);
    useAtlasStore.setState({ ...initialAtlasState });
    stop = startHashSync(useAtlasStore);
    return useAtlasStore.getState();
  };
  afterEach(() => stop());

  it('a view in the link is the camera target and the view the URL keeps', () => {
    const s = open('#f=jinbei-town-circle&v=7.5/37.8/112.5');
    expect(s.camera?.target).toEqual({ view: { zoom: 7.5, lat: 37.8, lon: 112.5 } });
    expect(s.view).toEqual({ zoom: 7.5, lat: 37.8, lon: 112.5 });
    expect(s.selectedId).toBe('jinbei-town-circle');
    expect(location.hash).toBe('#f=jinbei-town-circle&v=7.5/37.8/112.5');
  });

  it('a feature without a view is framed beside the panel', () => {
    const s = open('#f=jinbei-town-circle');
    expect(s.camera).toMatchObject({ target: { ids: ['jinbei-town-circle'] }, inset: { panel: true }, animate: true });
  });

  it('no feature and no view: no intent; a selection on the map issues none either', () => {
    expect(open('#lang=en').camera).toBeNull();
    useAtlasStore.getState().select('jinbei-town-circle');
    expect(useAtlasStore.getState().camera).toBeNull();
    useAtlasStore.getState().showFeature('jinbei-town-circle');
    expect(useAtlasStore.getState().camera).toMatchObject({ seq: 1, target: { ids: ['jinbei-town-circle'] } });
  });
});
