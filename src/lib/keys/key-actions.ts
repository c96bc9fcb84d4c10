// Every key the app answers, in one table: which context it belongs to, the keys that run it (presentation
// clickers send PageDown/PageUp, "b" or "."), how the help writes them, and its label. The one key
// listener (components/key-dispatch) and the key help read it. Pure data.
import type { Names } from '../catalogue/catalogue-types';

/**
 * Where a key applies, first match first: an open dialog, a focused search box inside the reader, the
 * presenter, then the app as a whole.
 */
export const KEY_CONTEXTS = ['dialog', 'reader-search', 'present', 'app'] as const;
export type KeyContext = (typeof KEY_CONTEXTS)[number];

export type KeyActionId =
  | 'closeDialog'
  | 'leaveSearch'
  | 'previous' | 'next' | 'first' | 'last' | 'pause' | 'blank' | 'qr' | 'fullscreen' | 'leave'
  | 'close';

export interface KeyAction {
  id: KeyActionId;
  context: KeyContext;
  /** `KeyboardEvent.key` values. */
  keys: string[];
  /** How the keys are written in the help. */
  keyLabel: string;
  label: Names;
  /** Also while typing in a text field (Escape-like keys); other keys belong to the field then. */
  inFields?: boolean;
}

export const KEY_ACTIONS: readonly KeyAction[] = [
  { id: 'closeDialog', context: 'dialog', keys: ['Escape'], keyLabel: 'Esc', label: { zh: '关闭对话框', en: 'Close the dialog' }, inFields: true },
  { id: 'leaveSearch', context: 'reader-search', keys: ['Escape'], keyLabel: 'Esc', label: { zh: '清除或离开文内搜索', en: 'Clear or leave the search in the document' }, inFields: true },
  { id: 'previous', context: 'present', keys: ['ArrowLeft', 'PageUp', 'ArrowUp'], keyLabel: '← PgUp', label: { zh: '上一步', en: 'Previous' } },
  { id: 'next', context: 'present', keys: ['ArrowRight', ' ', 'PageDown', 'ArrowDown'], keyLabel: '→ Space PgDn', label: { zh: '下一步', en: 'Next' } },
  { id: 'first', context: 'present', keys: ['Home'], keyLabel: 'Home', label: { zh: '第一步', en: 'First step' } },
  { id: 'last', context: 'present', keys: ['End'], keyLabel: 'End', label: { zh: '最后一步', en: 'Last step' } },
  { id: 'pause', context: 'present', keys: ['p', 'P'], keyLabel: 'P', label: { zh: '暂停或继续自动播放', en: 'Pause or resume autoplay' } },
  { id: 'blank', context: 'present', keys: ['b', 'B', '.'], keyLabel: 'B', label: { zh: '黑屏', en: 'Blank screen' } },
  { id: 'qr', context: 'present', keys: ['q', 'Q'], keyLabel: 'Q', label: { zh: '显示或隐藏本步链接的二维码', en: 'Show or hide a QR code of this step’s link' } },
  { id: 'fullscreen', context: 'present', keys: ['f', 'F'], keyLabel: 'F', label: { zh: '全屏', en: 'Full screen' } },
  { id: 'leave', context: 'present', keys: ['Escape'], keyLabel: 'Esc', label: { zh: '退出演示', en: 'Leave' }, inFields: true },
  { id: 'close', context: 'app', keys: ['Escape'], keyLabel: 'Esc', label: { zh: '关闭阅读器、面板或选择', en: 'Close the reader, the panel or the selection' }, inFields: true },
];

/** The action a key runs in a context, if any. */
export function keyAction(context: KeyContext, key: string): KeyAction | null {
  return KEY_ACTIONS.find((a) => a.context === context && a.keys.includes(key)) ?? null;
}

/** The actions of one context, in table order (for its help). */
export function keyActions(context: KeyContext): KeyAction[] {
  return KEY_ACTIONS.filter((a) => a.context === context);
}

export function keyActionById(id: KeyActionId): KeyAction {
  return KEY_ACTIONS.find((a) => a.id === id)!;
}
