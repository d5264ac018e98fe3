import { describe, expect, it } from 'vitest';
import { assertSheetNames, calendarDate, cellSafeText, maxVisibleText, wallClock, type SheetModel } from './sheet-model';
import { describePeriod, packageFileName } from './naming';

const sheet = (name: string): SheetModel => ({ name, columns: [], rows: [], headerRows: 0, orientation: 'portrait' });

describe('sheet models', () => {
  it('keep the wall-clock time written in a timestamp, whatever the machine’s zone', () => {
    expect(wallClock('2026-03-14T10:22:05+07:00')).toEqual({ date: new Date(Date.UTC(2026, 2, 14, 10, 22, 5)), zone: 'UTC+07:00' });
    expect(wallClock('2026-03-14T03:22:05.120Z')?.zone).toBe('UTC');
    expect(wallClock('14.03.2026')).toBeNull();
    expect(calendarDate('2026-05-31')).toEqual(new Date(Date.UTC(2026, 4, 31)));
  });

  it('replace characters an .xlsx cannot hold and shorten text Excel would cut', () => {
    expect(cellSafeText('a\u0001b\ud800c\t\n')).toBe('a\ufffdb\ufffdc\t\n');
    const long = cellSafeText('я'.repeat(40_000));
    expect(long.length).toBe(maxVisibleText);
    expect(long).toMatch(/текст сокращён/);
  });

  it('refuse sheet names Excel refuses', () => {
    expect(() => assertSheetNames([sheet('Соцпаспорт 2025-26')])).not.toThrow();
    expect(() => assertSheetNames([sheet('Соцпаспорт 2025/26')])).toThrow();
    expect(() => assertSheetNames([sheet('x'.repeat(32))])).toThrow();
    expect(() => assertSheetNames([sheet('Лист'), sheet('лист')])).toThrow(/повторяется/);
  });
});

describe('names around a package', () => {
  it('describe the period and name the file in ASCII', () => {
    expect(describePeriod(['2025/2026', '2023/2024', '2024/2025'])).toBe('2023/2024–2025/2026');
    expect(describePeriod(['2025/2026'])).toBe('2025/2026');
    expect(describePeriod([])).toBe('');
    expect(packageFileName({ kind: 'school-report', schoolCode: '400123', period: '2023/2024–2025/2026', revision: 3 })).toBe('opora_400123_2025-2026_r3.xlsx');
    expect(packageFileName({ kind: 'school-report', schoolCode: '400123', period: '', revision: 1 })).toBe('opora_400123_r1.xlsx');
    expect(packageFileName({ kind: 'enrollment', schoolCode: '400123', period: '2025/2026', revision: 1 })).toBe('opora_400123_enrollment_r1.xlsx');
  });
});
