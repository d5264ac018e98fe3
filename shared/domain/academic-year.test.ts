import { describe, expect, it } from 'vitest';
import {
  academicYearStarting,
  currentAcademicYear,
  isAcademicYear,
  nextAcademicYear,
  previousAcademicYear,
  sortYearsDescending,
  startYearOf,
} from './academic-year';

describe('academic years', () => {
  it('accepts only «YYYY/YYYY+1»', () => {
    expect(isAcademicYear('2025/2026')).toBe(true);
    for (const text of ['2025-2026', '2025/2027', '2026/2025', '2025/26', '2025', ' 2025/2026', '2025/2026 ', '']) {
      expect(isAcademicYear(text), text).toBe(false);
    }
  });

  it('switches the current year on 1 September, not before', () => {
    expect(currentAcademicYear(new Date(2025, 7, 31, 23, 59))).toBe('2024/2025');
    expect(currentAcademicYear(new Date(2025, 8, 1, 0, 0))).toBe('2025/2026');
    expect(currentAcademicYear(new Date(2026, 0, 15))).toBe('2025/2026');
    expect(currentAcademicYear(new Date(2025, 11, 31))).toBe('2025/2026');
  });

  it('steps between years', () => {
    expect(academicYearStarting(2025)).toBe('2025/2026');
    expect(startYearOf('2025/2026')).toBe(2025);
    expect(nextAcademicYear('2025/2026')).toBe('2026/2027');
    expect(previousAcademicYear('2025/2026')).toBe('2024/2025');
    expect(() => startYearOf('2025-2026')).toThrow(/Не учебный год/);
  });

  it('sorts newest first without changing the input', () => {
    const years = ['2023/2024', '2025/2026', '2019/2020', '2024/2025'];
    expect(sortYearsDescending(years)).toEqual(['2025/2026', '2024/2025', '2023/2024', '2019/2020']);
    expect(years).toEqual(['2023/2024', '2025/2026', '2019/2020', '2024/2025']);
  });
});
