// The app's one key listener. Parts of the app register handlers for the actions of a context (the
// table: lib/keys/key-actions); a key goes to the first context, in the table's order, whose handler
// takes it. A modal registration (a dialog, the presenter) keeps keys from the contexts after it.
import { useEffect, useRef } from 'react';
import { KEY_CONTEXTS, keyAction, type KeyActionId, type KeyContext } from '../lib/keys/key-actions';

/** Returns false when it did not act (the key goes on to the next context). */
export type KeyHandler = (e: KeyboardEvent) => boolean | void;

export interface KeyRegistration {
  context: KeyContext;
  handlers: Partial<Record<KeyActionId, KeyHandler>>;
  /** Only for keys pressed with focus inside this element. */
  scope?: () => Element | null;
  /** Contexts after this one get no keys while it is registered. */
  modal?: boolean;
}

const registrations: KeyRegistration[] = [];

export function registerKeys(registration: KeyRegistration): () => void {
  registrations.push(registration);
  return () => {
    const i = registrations.indexOf(registration);
    if (i >= 0) registrations.splice(i, 1);
  };
}

/** Typing goes to text fields: only actions marked `inFields` apply there. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable="true"]')) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
}

export function dispatchKey(e: KeyboardEvent): void {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const inField = isTextField(e.target);
  for (const context of KEY_CONTEXTS) {
    const here = registrations.filter((r) => r.context === context).reverse(); // the latest first
    const action = keyAction(context, e.key);
    for (const r of here) {
      if (r.scope && !(e.target instanceof Node && r.scope()?.contains(e.target))) continue;
      const handler = action && (!inField || action.inFields) ? r.handlers[action.id] : undefined;
      if (handler && handler(e) !== false) {
        e.preventDefault();
        return;
      }
    }
    if (here.some((r) => r.modal)) return;
  }
}

/** Starts the one window key listener. */
export function startKeyDispatch(): () => void {
  window.addEventListener('keydown', dispatchKey);
  return () => window.removeEventListener('keydown', dispatchKey);
}

/** Registers a component's handlers while it is mounted (the latest handlers are always called). */
export function useKeyActions(context: KeyContext, handlers: KeyRegistration['handlers'], options: { scope?: () => Element | null; modal?: boolean } = {}): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const { scope, modal } = options;
  useEffect(() => {
    const ids = Object.keys(latest.current) as KeyActionId[];
    const calling = Object.fromEntries(ids.map((id) => [id, (e: KeyboardEvent) => latest.current[id]?.(e)]));
    return registerKeys({ context, handlers: calling, scope, modal });
  }, [context, scope, modal]);
}
