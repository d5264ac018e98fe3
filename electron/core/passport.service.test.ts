import { describe, expect, it } from 'vitest';
import type { Passport, PassportSummary } from '../../shared/api/schemas';
import { passportFieldIds } from '../../shared/catalogs/passport-fields';
import { coreFixture, failureOf, schoolSetup, steppingClock } from '../../test/helpers/core';
import { russian } from '../../test/helpers/text';
import { call } from './core';

const cores = coreFixture();

async function schoolCore() {
  const { dir, core } = await cores.fresh({ now: steppingClock('2025-10-01T09:00:00.000Z') });
  await call(core, 'setup.initialize', schoolSetup); // reads the clock once: 09:00:00
  return { dir, core };
}

const filled = { studentsTotal: '120', studentsOvz: '9', teachersTotal: '14', internetQuality: 'low' };

describe('passport.create', () => {
  it('creates an empty passport for a year', async () => {
    const { core } = await schoolCore();
    const created = await call(core, 'passport.create', { year: '2025/2026', copyFrom: null });
    expect(created).toEqual({ year: '2025/2026', values: {}, updatedAt: '2025-10-01T09:00:01.000Z' });
    expect(await call(core, 'passport.get', { year: '2025/2026' })).toEqual(created);
  });

  it('copies the values of a previous year, leaving that year as it was', async () => {
    const { core } = await schoolCore();
    await call(core, 'passport.create', { year: '2024/2025', copyFrom: null });
    await call(core, 'passport.save', { year: '2024/2025', values: filled });
    const previous = await call(core, 'passport.get', { year: '2024/2025' });

    const created = (await call(core, 'passport.create', { year: '2025/2026', copyFrom: '2024/2025' })) as Passport;
    expect(created.values).toEqual(filled);
    expect(await call(core, 'passport.get', { year: '2025/2026' })).toEqual(created);

    await call(core, 'passport.save', { year: '2025/2026', values: { ...filled, studentsTotal: '130' } });
    expect(await call(core, 'passport.get', { year: '2024/2025' })).toEqual(previous);
  });

  it('refuses a year that already exists, keeping its values', async () => {
    const { core } = await schoolCore();
    await call(core, 'passport.create', { year: '2025/2026', copyFrom: null });
    await call(core, 'passport.save', { year: '2025/2026', values: filled });
    const error = await failureOf(core, 'passport.create', { year: '2025/2026', copyFrom: null });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('2025/2026');
    expect(((await call(core, 'passport.get', { year: '2025/2026' })) as Passport).values).toEqual(filled);
  });

  it('refuses to copy from a year that has no passport, creating nothing', async () => {
    const { core } = await schoolCore();
    const error = await failureOf(core, 'passport.create', { year: '2025/2026', copyFrom: '2024/2025' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(russian);
    expect(await call(core, 'passport.list')).toEqual([]);
  });
});

describe('passport.save and passport.get', () => {
  it('keeps wrong values exactly as typed and gives them back', async () => {
    const { core } = await schoolCore();
    await call(core, 'passport.create', { year: '2025/2026', copyFrom: null });
    const values = { studentsTotal: '-5', teachersTotal: 'abc', studentsOvz: '12,5', vacancies: '1 234', internetQuality: 'fast' };
    const saved = (await call(core, 'passport.save', { year: '2025/2026', values })) as { updatedAt: string };
    expect(saved.updatedAt).toBe('2025-10-01T09:00:02.000Z');
    expect(await call(core, 'passport.get', { year: '2025/2026' })).toEqual({ year: '2025/2026', values, updatedAt: saved.updatedAt });
  });

  it('replaces the whole passport and drops fields left empty', async () => {
    const { core } = await schoolCore();
    await call(core, 'passport.create', { year: '2025/2026', copyFrom: null });
    await call(core, 'passport.save', { year: '2025/2026', values: filled });
    await call(core, 'passport.save', { year: '2025/2026', values: { studentsTotal: '121', teachersTotal: '  ', studentsOvz: '' } });
    expect(((await call(core, 'passport.get', { year: '2025/2026' })) as Passport).values).toEqual({ studentsTotal: '121' });
  });

  it('refuses to save or read a year that was not created', async () => {
    const { core } = await schoolCore();
    for (const [method, input] of [
      ['passport.save', { year: '2025/2026', values: filled }],
      ['passport.get', { year: '2025/2026' }],
    ] as const) {
      const error = await failureOf(core, method, input);
      expect(error.code, method).toBe('NOT_FOUND');
      expect(error.message).toBe('Социальный паспорт за 2025/2026 учебный год ещё не создан.');
    }
    expect(await call(core, 'passport.list')).toEqual([]);
  });
});

describe('passport.list', () => {
  it('lists years newest first with their counts of errors and warnings', async () => {
    const { core } = await schoolCore();
    for (const year of ['2023/2024', '2025/2026', '2024/2025']) await call(core, 'passport.create', { year, copyFrom: null });
    // two errors (negative, not a number) and one warning (the whole of studentsOvz is not a valid number)
    await call(core, 'passport.save', { year: '2023/2024', values: { studentsTotal: '-5', teachersTotal: 'abc', studentsOvz: '3' } });
    // one error (part larger than its whole), one warning (students per teacher)
    await call(core, 'passport.save', { year: '2025/2026', values: { studentsTotal: '100', studentsOvz: '120', teachersTotal: '2' } });

    const list = (await call(core, 'passport.list')) as PassportSummary[];
    expect(list.map((item) => item.year)).toEqual(['2025/2026', '2024/2025', '2023/2024']);
    expect(list.map(({ filledCount, errorCount, warningCount }) => ({ filledCount, errorCount, warningCount }))).toEqual([
      { filledCount: 3, errorCount: 1, warningCount: 1 },
      { filledCount: 0, errorCount: 0, warningCount: 0 },
      { filledCount: 3, errorCount: 2, warningCount: 1 },
    ]);
    expect(list.every((item) => item.fieldCount === passportFieldIds.length)).toBe(true);
    expect(list[0]?.updatedAt).toBe('2025-10-01T09:00:05.000Z');
  });
});
