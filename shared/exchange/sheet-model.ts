/**
 * The model of a visible package sheet: what a person reads in Excel, described as data.
 * Invariant: every visible sheet is a pure function of (manifest, payload) built from these
 * models, so the verifier can regenerate a sheet from the signed data and compare it with the
 * cells it read. Nothing here may depend on the clock, the time zone or the machine's locale:
 * date cells carry the wall-clock time written in the signed string, not a converted instant.
 */
export type CellFormat = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'datetime';
export type CellStyle = 'title' | 'header' | 'section' | 'plain';
export type CellValue = string | number | Date | null;

export interface SheetCell {
  value: CellValue;
  format: CellFormat;
  style: CellStyle;
}

export interface SheetColumn {
  /** Width in characters, as Excel measures it. */
  width: number;
  wrap?: boolean;
}

export interface SheetModel {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetCell[])[];
  /** Rows kept in view while scrolling and repeated on every printed page. */
  headerRows: number;
  orientation: 'portrait' | 'landscape';
}

/** Characters XML 1.0 cannot hold (an .xlsx with them does not open): shown as �. */
// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Excel holds at most 32,767 characters in a cell and LibreOffice cuts the rest on re-save. */
export const maxVisibleText = 32000;
const cutNote = '… [текст сокращён; полностью — в программе «Опора»]';

export function cellSafeText(text: string): string {
  const safe = text.replace(notXmlChar, '\uFFFD');
  if (safe.length <= maxVisibleText) return safe;
  let end = maxVisibleText - cutNote.length;
  if (/[\uD800-\uDBFF]/.test(safe[end - 1] ?? '')) end -= 1; // never split a surrogate pair
  return safe.slice(0, end) + cutNote;
}

export const cell = {
  text: (value: string | null | undefined, style: CellStyle = 'plain'): SheetCell => ({
    value: value ? cellSafeText(value) : null,
    format: 'text',
    style,
  }),
  number: (value: number | null | undefined, format: 'integer' | 'number' | 'percent' = 'number'): SheetCell => ({
    value: value === null || value === undefined || !Number.isFinite(value) ? null : value,
    format,
    style: 'plain',
  }),
  date: (value: Date | null, format: 'date' | 'datetime' = 'date'): SheetCell => ({ value, format, style: 'plain' }),
  empty: (): SheetCell => ({ value: null, format: 'text', style: 'plain' }),
};

/** A row of text cells in one style (titles, column headers, section headings). */
export function textRow(style: CellStyle, ...values: string[]): SheetCell[] {
  return values.map((value) => cell.text(value, style));
}

const isoTimestamp = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The wall-clock time an ISO timestamp was written in, as a Date whose UTC fields hold it
 * (Excel stores local times without a zone), and the zone it was in, e.g. «UTC+07:00».
 */
export function wallClock(iso: string): { date: Date; zone: string } | null {
  const match = isoTimestamp.exec(iso);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return { date, zone: match[7] === 'Z' ? 'UTC' : `UTC${match[7]}` };
}

/** A calendar date «2026-03-14» as a Date at 00:00 UTC (Excel shows 14.03.2026). */
export function calendarDate(iso: string): Date | null {
  const match = isoDate.exec(iso);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const forbiddenInSheetName = /[/\\?*[\]:]/;

/**
 * Excel refuses a sheet name longer than 31 characters or with / \ ? * [ ] :, and names are
 * compared without case; a builder that breaks this is a programming error, caught by tests.
 */
export function assertSheetNames(models: readonly SheetModel[]): void {
  const seen = new Set<string>();
  for (const { name } of models) {
    if (name.length === 0 || name.length > 31 || forbiddenInSheetName.test(name) || name.startsWith("'")) {
      throw new Error(`Недопустимое имя листа: «${name}»`);
    }
    const key = name.toLocaleLowerCase('ru');
    if (seen.has(key)) throw new Error(`Имя листа повторяется: «${name}»`);
    seen.add(key);
  }
}
