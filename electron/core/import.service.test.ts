/**
 * The curator's import through the core, on real SQLite copies: every kind of bad file is
 * rejected with a Russian reason, quarantined beside a text file saying why, logged, and changes
 * nothing stored; visible edits are reported while the signed data load; the same file twice,
 * older revisions and newer ones behave as exchange.md promises.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../test/helpers/libreoffice';
import type { ImportOutcome, SchoolDetail } from '../../shared/api/exchange-api';
import type { PackageKind } from '../../shared/api/exchange-schemas';
import { curatorKeys, curatorResponse, schoolKeys, schoolReport } from '../../test/fixtures/exchange-packages';
import { buildZip, editWorkbook, fakeDocx, plainWorkbook, zeros } from '../../test/fixtures/hostile-zip';
import { dumpStore, exchangeFixture, exportReport, importFile, installationKey, quarantineFiles, quarantineText, receivedRows, type Copy } from '../../test/helpers/exchange';
import { russian } from '../../test/helpers/text';
import { call } from './core';
import { dataPaths } from './data-dir';
import { writeDemoDistrict } from './demo/demo-district';
import { readPackageFile, writePackage } from './exchange';
import { dataSheetName } from './exchange/data-sheet';
import { canonicalJson, sealedManifest, sha256Hex, signPackage, toCellJson } from './exchange/signed-data';
import { renderPackage } from './exchange/write-package';

const copies = exchangeFixture();
const mebibyte = 1024 * 1024;

/** A curator copy that already holds one school (demo district seed 3), and that school's package. */
async function curatorWithSchool() {
  const curator = await copies.curator();
  const [file] = await writeDemoDistrict(copies.inbox(), 1, 3);
  const outcome = await importFile(curator, file!, { trustNew: true });
  expect(outcome.status).toBe('imported');
  return { curator, good: fs.readFileSync(file!), code: outcome.schoolCode! };
}

const dataSheet = (workbook: ExcelJS.Workbook) => workbook.getWorksheet(dataSheetName)!;
const payloadCell = (workbook: ExcelJS.Workbook) => dataSheet(workbook).getCell('B6');
/** Changes the number of students in the signed payload text (the cell holds the whole payload). */
const tamperStudents = (text: string) => {
  const changed = text.replace(/"studentsTotal":"(\d+)"/, (_, count: string) => `"studentsTotal":"${Number(count) + 100}"`);
  expect(changed).not.toBe(text);
  return changed;
};

/** Correctly signed data that the writer would refuse: only a forger makes these. */
async function sealedByHand(kind: PackageKind, draft: Parameters<typeof sealedManifest>[1], payload: unknown) {
  const keys = kind === 'school-report' ? schoolKeys() : curatorKeys();
  const manifest = sealedManifest(kind, draft, payload, keys.publicKey);
  return renderPackage(manifest, payload, signPackage(manifest, payload, keys.privateKeyPkcs8), false);
}

const rejections: { name: string; reason: RegExp; make: (good: Buffer) => Promise<Buffer> | Buffer }[] = [
  { name: 'not a zip (a letter saved as .xlsx)', reason: /не файл Excel/, make: () => Buffer.from('Добрый день! Отчёт во вложении.') },
  { name: 'a renamed Word document', reason: /документ Word/, make: () => fakeDocx() },
  { name: 'a zip bomb', reason: /zip-бомбы/, make: () => buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros(8 * mebibyte), deflate: true }]) },
  { name: 'a workbook without the marker', reason: /не пакет «Опоры»/, make: () => plainWorkbook() },
  { name: 'a future format version', reason: /более новой версией «Опоры».*обновите программу/, make: (good) => editWorkbook(good, (workbook) => (dataSheet(workbook).getCell('B2').value = 2)) },
  {
    name: 'a payload failing the schema',
    reason: /не соответствуют формату.*hacked field!/,
    make: () => {
      const { manifest, payload } = schoolReport();
      return sealedByHand('school-report', manifest, { documents: [payload.documents[0], { ...payload.documents[1]!, data: { values: { 'hacked field!': '1' } } }] });
    },
  },
  {
    name: 'an invalid signature (payload edited, hash recomputed)',
    reason: /подпись недействительна/,
    make: (good) =>
      editWorkbook(good, (workbook) => {
        const payload = tamperStudents(JSON.parse(JSON.stringify(payloadCell(workbook).value)) as string);
        const manifest = JSON.parse(dataSheet(workbook).getCell('B3').value as string) as Record<string, unknown>;
        const canonical = canonicalJson(JSON.parse(payload));
        manifest.payloadSha256 = sha256Hex(canonical);
        manifest.payloadLength = Buffer.byteLength(canonical);
        dataSheet(workbook).getCell('B3').value = toCellJson(canonicalJson(manifest));
        payloadCell(workbook).value = toCellJson(canonical);
      }),
  },
  { name: 'a hash mismatch (payload edited)', reason: /контрольная сумма не совпадает/, make: (good) => editWorkbook(good, (workbook) => (payloadCell(workbook).value = tamperStudents(payloadCell(workbook).value as string))) },
  { name: 'a truncated file', reason: /обрезан/, make: (good) => good.subarray(0, Math.floor(good.length / 2)) },
  {
    name: 'a manifest school code disagreeing with the payload',
    reason: /код школы в пакете \(400999\) не совпадает/,
    make: () => {
      const { manifest, payload } = schoolReport();
      return sealedByHand('school-report', { ...manifest, schoolCode: '400999' }, payload);
    },
  },
  {
    name: 'a curator response sent to a curator',
    reason: /ответ куратора.*принимает только отчёт школы/,
    make: () => writePackage({ kind: 'curator-response', ...curatorResponse(), ...curatorKeys() }),
  },
];

function expectRejectedAndNothingChanged(copy: Copy, outcome: ImportOutcome, fileName: string, reason: RegExp, before: { store: unknown; log: number; quarantine: string[] }) {
  expect(outcome).toMatchObject({ file: fileName, status: 'rejected', trust: null });
  expect(outcome.reason).toMatch(reason);
  expect(outcome.reason).toMatch(russian);
  expect(dumpStore(copy.dir)).toEqual(before.store);
  const log = receivedRows(copy.dir);
  expect(log).toHaveLength(before.log + 1);
  expect(log.at(-1)).toMatchObject({ id: outcome.packageId, file_name: fileName, outcome: 'rejected', reason: outcome.reason });
  const added = quarantineFiles(copy.dir).filter((name) => !before.quarantine.includes(name));
  return { added, storedPath: log.at(-1)!.stored_path as string };
}

describe('a bad file is rejected, quarantined with its reason, logged, and changes nothing', () => {
  it.each(rejections)('$name', async ({ make, reason }) => {
    const { curator, good } = await curatorWithSchool();
    const bytes = await make(good);
    const file = path.join(copies.inbox(), 'отчёт школы.xlsx');
    fs.writeFileSync(file, bytes);
    const before = { store: dumpStore(curator.dir), log: receivedRows(curator.dir).length, quarantine: quarantineFiles(curator.dir) };

    const outcome = await importFile(curator, file, { trustNew: true });

    const { added, storedPath } = expectRejectedAndNothingChanged(curator, outcome, 'отчёт школы.xlsx', reason, before);
    expect(added).toHaveLength(2);
    const [kept, note] = added as [string, string];
    expect(note).toBe(`${kept}.txt`);
    expect(path.join('quarantine', kept)).toBe(storedPath);
    expect(fs.readFileSync(path.join(dataPaths(curator.dir).root, 'quarantine', kept))).toEqual(bytes);
    const text = quarantineText(curator.dir, note);
    expect(text).toContain('Файл: отчёт школы.xlsx');
    expect(text).toContain(`Причина: ${outcome.reason}`);
    expect(text).toContain(`SHA-256: ${sha256Hex(bytes)}`);
  });

  it('a file larger than 20 MB is refused without being read; its reason is kept in quarantine', async () => {
    const { curator } = await curatorWithSchool();
    const file = path.join(copies.inbox(), 'огромный.xlsx');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 25 * mebibyte); // sparse: costs no disk space
    const before = { store: dumpStore(curator.dir), log: receivedRows(curator.dir).length, quarantine: quarantineFiles(curator.dir) };

    const outcome = await importFile(curator, file);

    const { added } = expectRejectedAndNothingChanged(curator, outcome, 'огромный.xlsx', /размер 25 МБ больше допустимого \(20 МБ\)/, before);
    expect(added).toHaveLength(1); // the reason only: a huge file is not copied
    expect(added[0]).toMatch(/^[^/\\]+огромный\.xlsx\.txt$/);
    expect(quarantineText(curator.dir, added[0]!)).toContain('Причина: размер 25 МБ');
    expect(fs.statSync(file).size).toBe(25 * mebibyte); // left where it was
  });

  it('the same holds for a file handed over by the UI (exchange.importPackage)', async () => {
    const { curator, good } = await curatorWithSchool();
    const before = { store: dumpStore(curator.dir), log: receivedRows(curator.dir).length, quarantine: quarantineFiles(curator.dir) };
    const bytes = good.subarray(0, good.length - 100);
    const outcome = (await call(curator.core, 'exchange.importPackage', { fileName: 'отчёт.xlsx', contentBase64: bytes.toString('base64') })) as ImportOutcome;
    const { added } = expectRejectedAndNothingChanged(curator, outcome, 'отчёт.xlsx', /обрезан/, before);
    expect(added).toHaveLength(2);
  });

  it('a file that cannot be read is logged as rejected', async () => {
    const { curator } = await curatorWithSchool();
    const before = { store: dumpStore(curator.dir), log: receivedRows(curator.dir).length, quarantine: quarantineFiles(curator.dir) };
    const outcome = await importFile(curator, path.join(copies.inbox(), 'нет такого.xlsx'));
    expectRejectedAndNothingChanged(curator, outcome, 'нет такого.xlsx', /не удалось прочитать файл/, before);
  });
});

describe('what is not a rejection', () => {
  it('cells edited in visible sheets after signing: the signed data load, with a warning naming the cells', async () => {
    const curator = await copies.curator();
    const [file] = await writeDemoDistrict(copies.inbox(), 1, 5);
    const signed = await readPackageFile(file!);
    const edited = await editWorkbook(fs.readFileSync(file!), (workbook) => {
      const sheet = workbook.getWorksheet('Соцпаспорт 2025-26')!;
      expect(sheet.getCell('B3').value).toBe('Обучающихся всего');
      sheet.getCell('C3').value = 99999;
      workbook.getWorksheet('Карточка ОО')!.getCell('B4').value = 'Другое название';
    });
    const editedFile = path.join(copies.inbox(), 'исправленный.xlsx');
    fs.writeFileSync(editedFile, edited);

    const outcome = await importFile(curator, editedFile, { trustNew: true });

    expect(outcome.status).toBe('imported');
    expect(outcome.warnings.map((warning) => warning.code)).toEqual(['edited-after-signing', 'edited-after-signing']);
    const messages = outcome.warnings.map((warning) => warning.message).join('\n');
    expect(messages).toMatch(/Лист «Соцпаспорт 2025-26», C3: изменено после подписи/);
    expect(messages).toMatch(/Лист «Карточка ОО», B4: изменено после подписи/);
    const detail = (await call(curator.core, 'schools.get', { code: outcome.schoolCode })) as SchoolDetail;
    expect(detail.documents).toEqual(signed.kind === 'school-report' && signed.payload.documents);
    expect(detail.history[0]?.warnings).toEqual(outcome.warnings.map(({ code, message }) => ({ code, message })));
  });
});


const soffice = findSoffice();

describe.skipIf(!soffice)('a report re-saved by LibreOffice (skipped where it is not installed)', () => {
  it('imports, with the same data and no edits reported', async () => {
    const school = await copies.school(14);
    const written = await exportReport(school);
    const dir = copies.inbox();
    const profile = pathToFileURL(path.join(dir, 'profile')).href; // a private profile keeps parallel runs apart
    execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'resaved'), written.path], { stdio: 'pipe', timeout: 110_000 });
    const resaved = path.join(dir, 'resaved', written.fileName);
    expect(fs.readFileSync(resaved)).not.toEqual(fs.readFileSync(written.path));
    const curator = await copies.curator();

    const outcome = await importFile(curator, resaved, { trustNew: true });

    expect(outcome).toMatchObject({ status: 'imported', warnings: [] });
    const detail = (await call(curator.core, 'schools.get', { code: school.code })) as SchoolDetail;
    const sent = await readPackageFile(written.path);
    expect(detail.documents).toEqual(sent.kind === 'school-report' && sent.payload.documents);
  }, 120_000);
});

describe('the same file, older and newer revisions', () => {
  it('the same file twice: the second time is unchanged and changes nothing', async () => {
    const { curator, good, code } = await curatorWithSchool();
    const before = dumpStore(curator.dir);
    const file = path.join(copies.inbox(), 'ещё раз.xlsx');
    fs.writeFileSync(file, good);

    const outcome = await importFile(curator, file, { trustNew: true });

    expect(outcome).toMatchObject({ status: 'unchanged', schoolCode: code, revision: 1, file: 'ещё раз.xlsx' });
    expect(outcome.reason).toMatch(/уже получен/);
    expect(dumpStore(curator.dir)).toEqual(before);
    expect(receivedRows(curator.dir).map((row) => row.outcome)).toEqual(['imported', 'unchanged']);
    expect(quarantineFiles(curator.dir)).toEqual([]);
  });

  it('an older revision is kept in history and does not become current', async () => {
    const school = await copies.school(11);
    const r1 = await exportReport(school);
    await call(school.core, 'passport.save', { year: '2025/2026', values: { ...school.demo.passports[2]!.values, vacancies: '7' } });
    const r2 = await exportReport(school);
    expect([r1.revision, r2.revision]).toEqual([1, 2]);
    const curator = await copies.curator();

    expect((await importFile(curator, r2.path, { trustNew: true })).status).toBe('imported');
    const current = dumpStore(curator.dir);
    const older = await importFile(curator, r1.path);

    expect(older).toMatchObject({ status: 'older', revision: 1 });
    expect(older.reason).toMatch(/ревизия 1 старше текущей \(2\)/);
    expect(dumpStore(curator.dir)).toEqual(current);
    const detail = (await call(curator.core, 'schools.get', { code: school.code })) as SchoolDetail;
    expect(detail.summary.revision).toBe(2);
    expect(detail.documents.find((document) => document.year === '2025/2026')?.data).toMatchObject({ values: { vacancies: '7' } });
    expect(detail.history.map((entry) => [entry.revision, entry.outcome])).toEqual([
      [1, 'older'],
      [2, 'imported'],
    ]);
  });

  it('the same revision with other content is kept in history; the current one stays', async () => {
    const school = await copies.school(12);
    const first = await exportReport(school);
    const curator = await copies.curator();
    expect((await importFile(curator, first.path, { trustNew: true })).status).toBe('imported');
    const current = dumpStore(curator.dir);

    // The school's own key signs another revision 1 (e.g. a copy restored from an old backup).
    const signed = await readPackageFile(first.path);
    if (signed.kind !== 'school-report') throw new Error('not a report');
    const documents = signed.payload.documents.map((document) => (document.kind === 'passport' ? { ...document, data: { values: { ...document.data.values, vacancies: '9' } } } : document));
    const other = path.join(copies.inbox(), 'другой r1.xlsx');
    const { manifest } = signed;
    fs.writeFileSync(
      other,
      await writePackage({
        kind: 'school-report',
        manifest: { appVersion: manifest.app.version, createdAt: manifest.createdAt, schoolCode: manifest.schoolCode, schoolName: manifest.schoolName, period: manifest.period, revision: 1 },
        payload: { documents },
        ...installationKey(school.dir),
      }),
    );

    const outcome = await importFile(curator, other);

    expect(outcome).toMatchObject({ status: 'older', revision: 1 });
    expect(outcome.reason).toMatch(/другим содержимым/);
    expect(dumpStore(curator.dir)).toEqual(current);
  });

  it('a newer revision replaces the snapshot; a passport year removed by the school disappears', async () => {
    const school = await copies.school(13);
    const r1 = await exportReport(school);
    // No contract method removes a passport yet; the school's database is edited as a future one would.
    const sqlite = new Database(dataPaths(school.dir).database);
    sqlite.prepare("DELETE FROM documents WHERE kind = 'passport' AND year = '2023/2024'").run();
    sqlite.close();
    await call(school.core, 'passport.save', { year: '2025/2026', values: { ...school.demo.passports[2]!.values, vacancies: '5' } });
    const r2 = await exportReport(school);
    const curator = await copies.curator();
    await importFile(curator, r1.path, { trustNew: true });
    expect(((await call(curator.core, 'schools.get', { code: school.code })) as SchoolDetail).summary.passportYears).toEqual(['2025/2026', '2024/2025', '2023/2024']);

    const outcome = await importFile(curator, r2.path);

    expect(outcome).toMatchObject({ status: 'imported', revision: 2 });
    expect(outcome.reason).toMatch(/ревизия 2 заменила 1/);
    const detail = (await call(curator.core, 'schools.get', { code: school.code })) as SchoolDetail;
    expect(detail.summary).toMatchObject({ revision: 2, passportYears: ['2025/2026', '2024/2025'] });
    const sent = await readPackageFile(r2.path);
    expect(detail.documents).toEqual(sent.kind === 'school-report' && sent.payload.documents);
    expect(detail.documents.map((document) => `${document.kind} ${document.year}`)).toEqual(['profile ', 'passport 2024/2025', 'passport 2025/2026']);
  });
});
