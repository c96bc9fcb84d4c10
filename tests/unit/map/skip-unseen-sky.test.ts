import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { skipUnseenSky } from '../../../src/components/skip-unseen-sky';

// A stand-in for the parts of a maplibre map the helper touches: its painter and its events.
function fakeMap(drawFunctions: Record<string, unknown> | undefined) {
  const handlers: Record<string, (() => void)[]> = {};
  const map = {
    painter: drawFunctions ? { drawFunctions } : undefined,
    on(event: string, handler: () => void) { (handlers[event] ??= []).push(handler); return map; },
    fire(event: string) { for (const h of handlers[event] ?? []) h(); },
  };
  return map;
}

describe('skipUnseenSky', () => {
  const sky = () => 'sky drawn';
  const fill = () => 'fill drawn';

  it('gives the map its own draw functions without the sky, and leaves the shared ones alone', () => {
    const shared = { sky, fill };
    const map = fakeMap(shared);
    skipUnseenSky(map as unknown as MaplibreMap);
    const own = map.painter!.drawFunctions as typeof shared;
    expect(own).not.toBe(shared);
    expect(own.fill).toBe(fill);
    expect(own.sky()).toBeUndefined();
    expect(shared.sky).toBe(sky);
  });

  it('skips the sky of the new painter after a lost context is restored', () => {
    const map = fakeMap({ sky, fill });
    skipUnseenSky(map as unknown as MaplibreMap);
    map.painter = { drawFunctions: { sky, fill } }; // maplibre sets up a new painter on restore
    map.fire('webglcontextrestored');
    expect((map.painter.drawFunctions.sky as () => unknown)()).toBeUndefined();
  });

  it('changes nothing on a map shaped otherwise (a later maplibre)', () => {
    const map = fakeMap(undefined);
    skipUnseenSky(map as unknown as MaplibreMap);
    expect(map.painter).toBeUndefined();
    const other = fakeMap({ fill });
    skipUnseenSky(other as unknown as MaplibreMap);
    expect(other.painter!.drawFunctions).toEqual({ fill });
  });
});
