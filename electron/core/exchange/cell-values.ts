/**
 * Cell values as exceljs reads them (strings, numbers, dates, rich text, formulas, links) and
 * the tolerant equality used to tell a person's edit from a spreadsheet program's re-save.
 * Invariant: a re-save by Excel or LibreOffice never counts as an edit — a number equals its
 * numeric text, strings compare trimmed with normalized line ends, dates compare to the second,
 * numbers to a relative 1e-9 (programs write 15 significant digits).
 */
import type ExcelJS from 'exceljs';
import { parseNumber } from '../../../shared/domain/numbers';
import type { CellValue } from '../../../shared/exchange/sheet-model';

/** The text of a string-like cell, untouched; null for anything else. */
export function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => run.text).join('');
  }
  return null;
}

type Plain = string | number | Date | null;

/** One of string, number, Date or null, whatever shape exceljs gave. */
export function plainValue(value: ExcelJS.CellValue | CellValue | undefined): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  if (typeof value === 'string') {
    const text = value.replace(/\r\n?/g, '\n').trim();
    return text === '' ? null : text;
  }
  const rich = cellText(value as ExcelJS.CellValue);
  if (rich !== null) return plainValue(rich);
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return plainValue(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

const msPerDay = 86400000;
const excelEpochOffsetDays = 25569;

function asTime(value: Plain): number | null {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return Math.round((value - excelEpochOffsetDays) * msPerDay);
  return null;
}

function asNumber(value: Plain): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const parsed = parseNumber(value);
    return parsed.kind === 'number' ? parsed.value : null;
  }
  return null;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function sameCell(expected: Plain, actual: Plain): boolean {
  if (expected === null || actual === null) return expected === actual;
  if (expected instanceof Date) {
    const time = asTime(actual);
    return time !== null && Math.abs(time - expected.getTime()) < 1000;
  }
  if (typeof expected === 'number' || typeof actual === 'number') {
    const a = asNumber(expected);
    const b = asNumber(actual);
    return a !== null && b !== null && close(a, b);
  }
  return expected === actual;
}

/** How a value reads in a message: numbers and dates as a Russian reader expects them. */
export function describeValue(value: Plain): string {
  if (value === null) return '(пусто)';
  if (value instanceof Date) return value.toISOString().replace('T', ' ').slice(0, 19).replace(' 00:00:00', '');
  if (typeof value === 'number') return value.toLocaleString('ru-RU', { maximumFractionDigits: 6, useGrouping: false });
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}
