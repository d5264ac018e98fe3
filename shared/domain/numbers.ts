/**
 * Numbers as people type them in Russian forms: "1 234", "12,5", "12.5". What cannot be read
 * as a number is reported, never silently turned into zero or dropped.
 */
export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const numberPattern = /^[-+]?\d+([.,]\d+)?$/;

export function parseNumber(raw: string | undefined | null): ParsedNumber {
  const text = (raw ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return { kind: 'empty' };
  if (!numberPattern.test(text)) return { kind: 'invalid' };
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

const shareFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });

/** 0.2345 → "23,5 %" */
export function formatShare(share: number): string {
  return `${shareFormat.format(share * 100)}\u00a0%`;
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
