import { describe, expect, it } from 'vitest';
import { packageSheets } from '../../../shared/exchange/package-sheets';
import { curatorKeys, curatorResponse, schoolKeys, schoolReport } from '../../../test/fixtures/exchange-packages';
import { editWorkbook } from '../../../test/fixtures/hostile-zip';
import { readPackage, writePackage } from './index';
import { sealedManifest } from './signed-data';

const read = (bytes: Uint8Array) => readPackage(bytes, { fileName: 'пакет.xlsx' });

const report = () => {
  const keys = schoolKeys();
  return writePackage({ kind: 'school-report', ...schoolReport(), privateKeyPkcs8: keys.privateKeyPkcs8, publicKey: keys.publicKey });
};

describe('cells edited after signing', () => {
  it('are reported by sheet and address, and the signed value is kept', async () => {
    const edited = await editWorkbook(await report(), (workbook) => {
      const sheet = workbook.getWorksheet('Соцпаспорт 2025-26')!;
      expect(sheet.getCell('B3').value).toBe('Обучающихся всего');
      sheet.getCell('C3').value = 999;
      sheet.getCell('B7').value = 'Другой показатель';
    });
    const result = await read(edited);
    const passport = result.kind === 'school-report' ? result.payload.documents.find((document) => document.year === '2025/2026') : undefined;
    expect(passport?.kind === 'passport' && passport.data.values.studentsTotal).toBe('154');
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    expect(warning?.code).toBe('edited-after-signing');
    expect(warning?.message).toMatch(/^Лист «Соцпаспорт 2025-26», C3, B7: изменено после подписи/);
    expect(warning?.cells).toEqual([
      { sheet: 'Соцпаспорт 2025-26', address: 'C3', expected: '154', actual: '999' },
      { sheet: 'Соцпаспорт 2025-26', address: 'B7', expected: 'Дети с проблемами в обучении и поведении', actual: 'Другой показатель' },
    ]);
  });

  it('a cleared title cell, a new cell and a new sheet are reported too', async () => {
    const edited = await editWorkbook(await report(), (workbook) => {
      workbook.getWorksheet('Титульный лист')!.getCell('B3').value = null;
      workbook.getWorksheet('Карточка ОО')!.getCell('D40').value = 'примечание';
      workbook.addWorksheet('Мои заметки').getCell('A1').value = 'черновик';
    });
    const messages = (await read(edited)).warnings.map((warning) => warning.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Лист «Титульный лист», B3:/),
      expect.stringMatching(/^Лист «Карточка ОО», D40:/),
      expect.stringMatching(/^Лист «Мои заметки» добавлен после подписи/),
    ]);
  });

  it('a re-save that changes representation but not meaning is no edit', async () => {
    const edited = await editWorkbook(await report(), (workbook) => {
      const sheet = workbook.getWorksheet('Соцпаспорт 2025-26')!;
      sheet.getCell('C3').value = '154'; // the number typed back as text
      sheet.getCell('E4').value = Number((sheet.getCell('E4').value as number).toPrecision(15));
      sheet.getCell('B3').value = { richText: [{ text: 'Обучающихся ' }, { text: 'всего  ', font: { bold: true } }] };
      const created = workbook.getWorksheet('Титульный лист')!.getCell('B7');
      created.value = (created.value as Date).getTime() / 86400000 + 25569; // the date as a serial number
    });
    expect((await read(edited)).warnings).toEqual([]);
  });

  it('a deleted sheet is reported', async () => {
    const edited = await editWorkbook(await report(), (workbook) => workbook.removeWorksheet(workbook.getWorksheet('Карточка ОО')!.id));
    expect((await read(edited)).warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/«Карточка ОО» удалён после подписи/)]);
  });
});

describe('visible sheets are a pure function of the signed data', () => {
  it('the same in every time zone', () => {
    const { manifest: draft, payload } = curatorResponse();
    const manifest = sealedManifest('curator-response', draft, payload, curatorKeys().publicKey);
    const original = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Vladivostok';
      const east = packageSheets(manifest, payload);
      process.env.TZ = 'America/Los_Angeles';
      const west = packageSheets(manifest, payload);
      expect(west).toEqual(east);
    } finally {
      process.env.TZ = original;
    }
  });

  it('names every document sheet as the format document says', () => {
    const { manifest: draft, payload } = schoolReport();
    const manifest = sealedManifest('school-report', draft, payload, schoolKeys().publicKey);
    expect(packageSheets(manifest, payload).map((sheet) => sheet.name)).toEqual([
      'Титульный лист',
      'Карточка ОО',
      'Соцпаспорт 2023-24',
      'Соцпаспорт 2024-25',
      'Соцпаспорт 2025-26',
    ]);
  });
});
