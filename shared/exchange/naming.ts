/**
 * Names people see around a package: the file name, the period it covers and the time it was
 * made. File names are ASCII only, because mail clients and old Windows archivers mangle
 * Cyrillic attachment names; the school code is already restricted to [0-9A-Za-z_-].
 */
import { sortYearsDescending } from '../domain/academic-year';
import type { Manifest } from '../api/exchange-schemas';

/** «2023/2024–2025/2026» for several years, the year itself for one, '' for none. */
export function describePeriod(years: readonly string[]): string {
  const sorted = sortYearsDescending([...new Set(years)]);
  const newest = sorted[0];
  const oldest = sorted[sorted.length - 1];
  if (!newest || !oldest) return '';
  return newest === oldest ? newest : `${oldest}–${newest}`;
}

/** The newest year a period names, «2025-2026», or '' when it names none. */
function newestYearPart(period: string): string {
  const years = period.match(/\d{4}\/\d{4}/g);
  const newest = years ? sortYearsDescending(years)[0] : undefined;
  return newest ? newest.replace('/', '-') : '';
}

const kindPart: Record<Manifest['kind'], string> = {
  'school-report': '',
  'curator-response': 'response',
  enrollment: 'enrollment',
};

/** `opora_400123_2025-2026_r3.xlsx`, `opora_400123_response_r2.xlsx`, `opora_400123_enrollment_r1.xlsx`. */
export function packageFileName(manifest: Pick<Manifest, 'kind' | 'schoolCode' | 'period' | 'revision'>): string {
  const year = manifest.kind === 'school-report' ? newestYearPart(manifest.period) : '';
  const parts = ['opora', manifest.schoolCode, kindPart[manifest.kind], year, `r${manifest.revision}`].filter((part) => part !== '');
  return `${parts.join('_')}.xlsx`;
}

const pad = (value: number) => String(Math.trunc(Math.abs(value))).padStart(2, '0');

/**
 * An ISO 8601 timestamp in the machine's local time with its offset, «2026-03-14T10:22:05+07:00»:
 * the title sheet shows the time as the sender's clock read it, which is what people compare.
 */
export function isoWithLocalOffset(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${day}T${time}${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}
