// Every presenter command in one table: the keys that run it (keyboard and presentation clickers,
// which send PageDown/PageUp, "b" or "."), and its label. The help text and the key handler both read it.
import type { Names } from '../../lib/catalogue/catalogue-types';

export type PresentActionId = 'next' | 'previous' | 'blank' | 'fullscreen' | 'leave';

export interface PresentAction {
  id: PresentActionId;
  /** `KeyboardEvent.key` values. */
  keys: string[];
  /** How the keys are written in the help text. */
  keyLabel: string;
  label: Names;
}

export const PRESENT_ACTIONS: PresentAction[] = [
  { id: 'previous', keys: ['ArrowLeft', 'PageUp', 'ArrowUp'], keyLabel: '← PgUp', label: { zh: '上一步', en: 'Previous' } },
  { id: 'next', keys: ['ArrowRight', ' ', 'PageDown', 'ArrowDown'], keyLabel: '→ Space PgDn', label: { zh: '下一步', en: 'Next' } },
  { id: 'blank', keys: ['b', 'B', '.'], keyLabel: 'B', label: { zh: '黑屏', en: 'Blank screen' } },
  { id: 'fullscreen', keys: ['f', 'F'], keyLabel: 'F', label: { zh: '全屏', en: 'Full screen' } },
  { id: 'leave', keys: ['Escape'], keyLabel: 'Esc', label: { zh: '退出演示', en: 'Leave' } },
];

export function actionForKey(key: string): PresentActionId | null {
  return PRESENT_ACTIONS.find((a) => a.keys.includes(key))?.id ?? null;
}
