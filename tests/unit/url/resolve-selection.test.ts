// A selected id the catalogue does not hold resolves through aliases, at load and in the running app
// (an edited URL, a history entry); an unknown one is dropped with a notice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore, initialAtlasState, type Catalogue } from '../../../src/store/atlas-store';
import { startSelectionResolving } from '../../../src/app/resolve-selection';

const feature = (id: string, aliases?: string[]) => ({ type: 'Feature', geometry: null, properties: { id, aliases } });
const catalogue = { features: { type: 'FeatureCollection', features: [feature('kept', ['merged-away']), feature('other')] } } as unknown as Catalogue;

describe('selection resolving', () => {
  let stop = () => {};
  beforeEach(() => {
    useAtlasStore.setState({ ...initialAtlasState });
    stop = startSelectionResolving(useAtlasStore);
  });
  afterEach(() => stop());

  it('waits for the catalogue, then resolves an alias selected at load', () => {
    useAtlasStore.getState().select('merged-away');
    expect(useAtlasStore.getState().selectedId).toBe('merged-away');
    useAtlasStore.getState().setCatalogue(catalogue);
    expect(useAtlasStore.getState().selectedId).toBe('kept');
  });

  it('resolves an alias selected later, and drops an unknown id with a notice', () => {
    useAtlasStore.getState().setCatalogue(catalogue);
    useAtlasStore.getState().select('other');
    expect(useAtlasStore.getState().selectedId).toBe('other');
    useAtlasStore.getState().select('merged-away');
    expect(useAtlasStore.getState().selectedId).toBe('kept');
    useAtlasStore.getState().select('no-such-feature');
    expect(useAtlasStore.getState().selectedId).toBeNull();
    expect(useAtlasStore.getState().notice).toBeTruthy();
  });
});
