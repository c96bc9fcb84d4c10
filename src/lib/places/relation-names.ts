// What each place relation is called, in both languages: the dossier's rows and the printed sheet say the same.
import type { Names } from '../catalogue/catalogue-types';
import type { PlaceRelation } from './relation-kinds';

export const RELATION_NAMES = {
  covers: { zh: '覆盖', en: 'covers' },
  overlaps: { zh: '部分重叠', en: 'overlaps' },
  crosses: { zh: '穿过', en: 'crosses' },
  contains: { zh: '包含', en: 'contains' },
  names: { zh: '原文点名', en: 'names' },
  derived: { zh: '推导', en: 'derived' },
} as const satisfies Record<PlaceRelation | 'derived', Names>;
