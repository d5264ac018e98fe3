/**
 * Academic years as the programme documents write them: «2025/2026». A year starts on
 * 1 September, so a date in August still belongs to the year that is ending.
 */
const pattern = /^(\d{4})\/(\d{4})$/;

export function isAcademicYear(text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

export function academicYearStarting(startYear: number): string {
  return `${startYear}/${startYear + 1}`;
}

export function startYearOf(year: string): number {
  const match = pattern.exec(year);
  if (!match) throw new Error(`Не учебный год: ${year}`);
  return Number(match[1]);
}

export function currentAcademicYear(today: Date): string {
  const september = 8;
  const start = today.getMonth() >= september ? today.getFullYear() : today.getFullYear() - 1;
  return academicYearStarting(start);
}

export function nextAcademicYear(year: string): string {
  return academicYearStarting(startYearOf(year) + 1);
}

export function previousAcademicYear(year: string): string {
  return academicYearStarting(startYearOf(year) - 1);
}

/** Newest first, as lists of years are shown. */
export function sortYearsDescending(years: readonly string[]): string[] {
  return [...years].sort((a, b) => startYearOf(b) - startYearOf(a));
}
