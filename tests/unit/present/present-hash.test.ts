import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../src/lib/url/hash-state';

describe('presenter in the URL hash', () => {
  it('#present alone starts the default tour', () => {
    expect(parseHash('#present').present).toEqual({ tour: undefined, step: undefined, auto: undefined });
    expect(formatHash({ present: {} })).toBe('#present');
  });

  it('round-trips tour, step and autoplay', () => {
    const hash = '#present=plan-002&step=3&auto=8';
    expect(parseHash(hash).present).toEqual({ tour: 'plan-002', step: 3, auto: 8 });
    expect(formatHash(parseHash(hash))).toBe(hash);
  });

  it('drops a step or autoplay that is not a positive whole number', () => {
    expect(parseHash('#present=x&step=0&auto=-2').present).toEqual({ tour: 'x', step: undefined, auto: undefined });
    expect(parseHash('#present=x&step=2.5&auto=abc').present).toEqual({ tour: 'x', step: undefined, auto: undefined });
    expect(parseHash('#present=<script>').present).toEqual({ tour: undefined, step: undefined, auto: undefined });
  });

  it('no present key, no presenter', () => {
    expect(parseHash('#f=x&step=3').present).toBeUndefined();
  });
});
