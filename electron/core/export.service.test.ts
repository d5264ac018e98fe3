/**
 * The school's export through the core: nothing with an error is signed (the refusal names each
 * document and field), warnings must be accepted, the revision grows with every export and the
 * file name carries the school code, the period and the revision.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportCheck, WrittenFile } from '../../shared/api/exchange-api';
import type { SchoolProfile } from '../../shared/domain/school-profile';
import { failureOf } from '../../test/helpers/core';
import { dumpStore, exchangeFixture, exportReport, type SchoolCopy } from '../../test/helpers/exchange';
import { russian } from '../../test/helpers/text';
import { call } from './core';
import { readPackageFile } from './exchange';

const copies = exchangeFixture();

async function editProfile(school: SchoolCopy, change: Partial<SchoolProfile>) {
  const { profile } = (await call(school.core, 'profile.get')) as { profile: SchoolProfile };
  await call(school.core, 'profile.save', { profile: { ...profile, ...change } });
}

const exportsOf = (school: SchoolCopy) => (fs.existsSync(path.join(school.dir, 'exports')) ? fs.readdirSync(path.join(school.dir, 'exports')) : []);

describe('exchange.checkExport and exchange.exportReport', () => {
  it('a clean school exports without accepting anything; the file is named by code, newest year and revision', async () => {
    const school = await copies.school(51);
    const check = (await call(school.core, 'exchange.checkExport')) as ExportCheck;
    expect(check).toMatchObject({ revision: 1, fileName: `opora_${school.code}_2025-2026_r1.xlsx`, errors: [], warnings: [] });
    expect(check.documents.map((document) => document.label)).toEqual(['Карточка ОО', 'Социальный паспорт 2023/2024', 'Социальный паспорт 2024/2025', 'Социальный паспорт 2025/2026']);

    const written = (await call(school.core, 'exchange.exportReport', { acceptWarnings: false })) as WrittenFile;

    expect(written).toMatchObject({ fileName: check.fileName, revision: 1, path: path.join(school.dir, 'exports', check.fileName) });
    expect(Buffer.from(written.contentBase64, 'base64')).toEqual(fs.readFileSync(written.path));
    const verified = await readPackageFile(written.path);
    expect(verified.manifest).toMatchObject({ kind: 'school-report', schoolCode: school.code, schoolName: school.demo.profile.shortName, period: '2023/2024–2025/2026', revision: 1 });
  });

  it('the revision grows with every export', async () => {
    const school = await copies.school(52);
    const revisions: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const next = ((await call(school.core, 'exchange.checkExport')) as ExportCheck).revision;
      const written = await exportReport(school);
      expect(written.revision).toBe(next);
      expect(written.fileName).toBe(`opora_${school.code}_2025-2026_r${next}.xlsx`);
      expect((await readPackageFile(written.path)).manifest.revision).toBe(next);
      revisions.push(written.revision);
    }
    expect(revisions).toEqual([1, 2, 3]);
    expect(exportsOf(school).sort()).toEqual([1, 2, 3].map((n) => `opora_${school.code}_2025-2026_r${n}.xlsx`));
    // the command line names its own destination; the revision still grows
    const elsewhere = await school.core.local.exportReport(path.join(copies.inbox(), 'отчёт.xlsx'), false);
    expect(elsewhere).toMatchObject({ revision: 4, fileName: 'отчёт.xlsx' });
    expect((await readPackageFile(elsewhere.path)).manifest.revision).toBe(4);
  });

  it('errors block the export with a list naming each document and field; nothing is written', async () => {
    const school = await copies.school(53);
    await call(school.core, 'passport.save', { year: '2025/2026', values: { ...school.demo.passports[2]!.values, teachersTotal: 'около 30' } });
    await editProfile(school, { email: 'школа собака mail' });
    const before = dumpStore(school.dir);

    const check = (await call(school.core, 'exchange.checkExport')) as ExportCheck;
    expect(check.errors.map((issue) => [issue.documentLabel, issue.fieldId, issue.fieldLabel])).toEqual([
      ['Карточка ОО', 'email', 'Электронная почта'],
      ['Социальный паспорт 2025/2026', 'teachersTotal', 'Педагогических работников всего'],
    ]);
    for (const acceptWarnings of [false, true]) {
      const error = await failureOf(school.core, 'exchange.exportReport', { acceptWarnings });
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toMatch(/^Пакет не сформирован: ошибок 2\./);
      expect(error.message).toContain('Карточка ОО — «Электронная почта»');
      expect(error.message).toContain('Социальный паспорт 2025/2026 — «Педагогических работников всего»: Введите целое число');
    }
    await expect(school.core.local.exportReport(path.join(copies.inbox(), 'отчёт.xlsx'), true)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(exportsOf(school)).toEqual([]);
    expect(dumpStore(school.dir)).toEqual(before);

    await call(school.core, 'passport.save', { year: '2025/2026', values: school.demo.passports[2]!.values });
    await editProfile(school, { email: '' });
    expect((await exportReport(school)).revision).toBe(1); // refusals used no revision
  });

  it('warnings must be accepted', async () => {
    const school = await copies.school(54);
    await editProfile(school, { directorName: '' });
    const check = (await call(school.core, 'exchange.checkExport')) as ExportCheck;
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([expect.objectContaining({ severity: 'warning', documentLabel: 'Карточка ОО', fieldId: 'directorName', fieldLabel: 'Директор (ФИО)' })]);

    const error = await failureOf(school.core, 'exchange.exportReport', { acceptWarnings: false });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/Есть предупреждения \(1\)/);
    expect(error.message).toMatch(russian);
    expect(exportsOf(school)).toEqual([]);

    expect(((await call(school.core, 'exchange.exportReport', { acceptWarnings: true })) as WrittenFile).revision).toBe(1);
  });

  it('is for school copies only', async () => {
    const curator = await copies.curator();
    expect((await failureOf(curator.core, 'exchange.exportReport', { acceptWarnings: true })).code).toBe('WRONG_MODE');
    expect((await failureOf(curator.core, 'exchange.checkExport', {})).code).toBe('WRONG_MODE');
  });
});
