import { describe, expect, it } from 'vitest';
import { canonicalJson, payloadDigest, splitForCells, toCellJson } from './signed-data';

describe('canonical JSON and the payload digest', () => {
  it('does not depend on key order or on how the text was stored', () => {
    const a = { b: [1, 'два'], a: { y: null, x: 'snake_case' } };
    const stored = toCellJson(JSON.stringify({ a: { x: 'snake_case', y: null }, b: [1, 'два'] }, null, 2));
    expect(canonicalJson(JSON.parse(stored))).toBe(canonicalJson(a));
    expect(payloadDigest(JSON.parse(stored))).toEqual(payloadDigest(a));
    expect(payloadDigest(a).payloadLength).toBe(Buffer.byteLength(canonicalJson(a)));
  });

  it('refuses a lone half of a surrogate pair instead of signing something else', () => {
    expect(() => canonicalJson({ text: 'a\ud800b' })).toThrow();
  });
});

describe('JSON kept in cells', () => {
  it('has no underscore, C1 control or line separator a spreadsheet program could rewrite', () => {
    const json = canonicalJson({ key_name: '_x0041_ \u0085 \u2028 \ufffe' });
    const stored = toCellJson(json);
    expect(stored).not.toMatch(/[_\u0080-\u009f\u2028\u2029\ufffe]/);
    expect(JSON.parse(stored)).toEqual(JSON.parse(json));
  });

  it('is split into pieces of at most 30,000 characters that join back exactly', () => {
    const text = 'абв '.repeat(20_000) + '😀'.repeat(20_000);
    const pieces = splitForCells(text);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(30_000);
      expect(piece).not.toMatch(/^\s|\s$/);
      expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('cuts a long run of spaces anyway rather than making a piece too long', () => {
    const text = ' '.repeat(70_000);
    expect(splitForCells(text).map((piece) => piece.length)).toEqual([30_000, 30_000, 10_000]);
  });
});
