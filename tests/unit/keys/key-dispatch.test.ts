// @vitest-environment happy-dom
// One key table, one listener: a key goes to the first context that takes it; a modal context keeps
// keys from the app; a scoped context only hears keys from inside its element; text fields keep their keys.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_ACTIONS, KEY_CONTEXTS, keyAction, keyActions } from '../../../src/lib/keys/key-actions';
import { registerKeys, startKeyDispatch } from '../../../src/components/key-dispatch';

const press = (key: string, target: EventTarget = document.body) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
};

describe('the key table', () => {
  it('gives each key at most one action per context', () => {
    for (const context of KEY_CONTEXTS) {
      const keys = keyActions(context).flatMap((a) => a.keys);
      expect(new Set(keys).size, context).toBe(keys.length);
    }
    expect(new Set(KEY_ACTIONS.map((a) => a.id)).size).toBe(KEY_ACTIONS.length);
  });

  it('has the presenter’s first and last step on Home and End', () => {
    expect(keyAction('present', 'Home')?.id).toBe('first');
    expect(keyAction('present', 'End')?.id).toBe('last');
  });
});

describe('the key dispatcher', () => {
  const stops: (() => void)[] = [];
  const log: string[] = [];
  beforeEach(() => { log.length = 0; stops.push(startKeyDispatch()); });
  afterEach(() => { while (stops.length) stops.pop()!(); document.body.innerHTML = ''; });

  it('sends Escape to the app when nothing else takes it, and marks it handled', () => {
    stops.push(registerKeys({ context: 'app', handlers: { close: () => { log.push('close'); } } }));
    expect(press('Escape').defaultPrevented).toBe(true);
    expect(log).toEqual(['close']);
  });

  it('lets a handler decline, and ignores keys a component already handled', () => {
    stops.push(registerKeys({ context: 'app', handlers: { close: () => false } }));
    expect(press('Escape').defaultPrevented).toBe(false);
    const e = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    e.preventDefault();
    stops.push(registerKeys({ context: 'app', handlers: { close: () => { log.push('close'); } } }));
    document.body.dispatchEvent(e);
    expect(log).toEqual([]);
  });

  it('a modal context keeps keys from the app', () => {
    stops.push(registerKeys({ context: 'app', handlers: { close: () => { log.push('close'); } } }));
    stops.push(registerKeys({ context: 'present', modal: true, handlers: { next: () => { log.push('next'); } } }));
    press('ArrowRight');
    press('Escape'); // the presenter has no handler for it here, and the app does not get it either
    expect(log).toEqual(['next']);
  });

  it('a scoped context hears only keys from inside its element; text fields keep other keys', () => {
    const box = document.createElement('div');
    const input = document.createElement('input');
    box.append(input);
    const outside = document.createElement('input');
    document.body.append(box, outside);
    stops.push(registerKeys({ context: 'app', handlers: { close: () => { log.push('close'); } } }));
    stops.push(registerKeys({ context: 'reader-search', scope: () => box, handlers: { leaveSearch: () => { log.push('leave'); } } }));
    stops.push(registerKeys({ context: 'present', handlers: { next: () => { log.push('next'); } } }));
    press('Escape', input);
    press('Escape', input); // the handler does not move focus in this test: still in the box
    press('Escape', outside);
    press('ArrowRight', outside); // typing in a field
    expect(log).toEqual(['leave', 'leave', 'close']);
  });
});
