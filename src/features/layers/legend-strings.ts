// The legend's names for the basemap's symbols.
import { defineStrings } from '../../lib/i18n/define-strings';

export const legendText = defineStrings({
  planSymbols: { zh: '规划要素', en: 'Plan features' },
  basemapSymbols: { zh: '底图', en: 'Basemap' },
  prefectureSeat: { zh: '地级市驻地', en: 'Prefecture seat' },
  countySeat: { zh: '县级驻地', en: 'County seat' },
  provinceBorder: { zh: '省界', en: 'Provincial boundary' },
  prefectureBorder: { zh: '地级市界', en: 'Prefecture boundary' },
  countyBorder: { zh: '县界', en: 'County boundary' },
  river: { zh: '河流', en: 'River' },
  rail: { zh: '铁路（示意）', en: 'Railway (schematic)' },
  hsr: { zh: '高速铁路（示意）', en: 'High-speed railway (schematic)' },
  nothingDrawn: { zh: '未显示规划要素', en: 'No plan features shown' },
});
