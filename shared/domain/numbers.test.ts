import { describe, expect, it } from 'vitest';
import { formatNumber, formatShare, parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234 567', 1234567],
    ['  42  ', 42],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-3', -3],
    ['+7', 7],
    ['-0,25', -0.25],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['', '   ', '\u00a0'])('reads %j as empty', (raw) => {
    expect(parseNumber(raw)).toEqual({ kind: 'empty' });
  });

  it('reads null and undefined as empty', () => {
    expect(parseNumber(null)).toEqual({ kind: 'empty' });
    expect(parseNumber(undefined)).toEqual({ kind: 'empty' });
  });

  it.each(['abc', '12 шт', '12,5,6', '1.234,5', '12,', ',5', '1e3', '0x10', 'Infinity', 'NaN', '--1', '5-'])(
    'reports %j as invalid instead of guessing',
    (raw) => {
      expect(parseNumber(raw)).toEqual({ kind: 'invalid' });
    },
  );
});

describe('formatting', () => {
  it('writes numbers the Russian way', () => {
    expect(formatNumber(1234.567)).toBe('1\u00a0234,57');
    expect(formatNumber(5)).toBe('5');
  });

  it('writes a share as a percentage with one decimal', () => {
    expect(formatShare(0.2345)).toBe('23,5\u00a0%');
    expect(formatShare(1)).toBe('100,0\u00a0%');
  });
});
