import { describe, expect, it } from 'vitest';
import { romanizePlace } from '../../../scripts/compile/romanize';
import { romanizeOverlayName } from '../../../scripts/compile/romanize-overlay';

describe('romanisation', () => {
  it('gives places their conventional spellings', () => {
    expect(romanizePlace('太原市')).toBe('Taiyuan');
    expect(romanizePlace('隰县')).toBe('Xixian');
    expect(romanizePlace('洪洞县')).toBe('Hongtong');
    expect(romanizePlace('吕梁市')).toBe('Lüliang');
    expect(romanizePlace('陕西省')).toBe('Shaanxi');
  });

  it('names mountains, rivers and railways in English', () => {
    expect(romanizeOverlayName('太行山', 'mountain')).toBe('Taihang Shan');
    expect(romanizeOverlayName('汾河', 'river-label')).toBe('Fen He');
    expect(romanizeOverlayName('黄河', 'river-label')).toBe('Yellow River');
    expect(romanizeOverlayName('大西高铁', 'hsr')).toBe('Daxi High-Speed Railway');
    expect(romanizeOverlayName('石太铁路', 'rail')).toBe('Shitai Railway');
  });
});
