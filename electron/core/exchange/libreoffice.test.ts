/**
 * People open packages in LibreOffice and save them again before sending them on. A re-save
 * must still verify, without «изменено после подписи» warnings. Skipped where LibreOffice is
 * not installed (`apt-get install -y --no-install-recommends libreoffice-calc`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../../test/helpers/libreoffice';
import { curatorKeys, curatorResponse, enrollment, schoolKeys, schoolReport } from '../../../test/fixtures/exchange-packages';
import { dataSheetName } from './data-sheet';
import { readPackageFile, writePackageFile, type WritePackageOptions } from './index';


const soffice = findSoffice();

describe.skipIf(!soffice)('a package re-saved by LibreOffice', () => {
  let dir = '';
  const school = schoolKeys();
  const curator = curatorKeys();
  const packages: Record<string, WritePackageOptions<'school-report'> | WritePackageOptions<'curator-response'> | WritePackageOptions<'enrollment'>> = {
    'report.xlsx': { kind: 'school-report', ...schoolReport({ newestValues: { teachersTotal: 'около 30' } }), ...school },
    'response.xlsx': { kind: 'curator-response', ...curatorResponse('Длинный протокол _x0041_ 😀 '.repeat(1800)), ...curator },
    'enrollment.xlsx': { kind: 'enrollment', ...enrollment(), ...curator },
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-lo-'));
    for (const [name, options] of Object.entries(packages)) await writePackageFile(path.join(dir, name), options);
    const profile = pathToFileURL(path.join(dir, 'profile')).href; // a private profile keeps parallel runs apart
    const inputs = Object.keys(packages).map((name) => path.join(dir, name));
    execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'resaved'), ...inputs], {
      stdio: 'pipe',
      timeout: 110_000,
    });
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(Object.keys(packages))('%s still verifies, with the same data and no edits reported', async (name) => {
    const resaved = path.join(dir, 'resaved', name);
    expect(fs.readFileSync(resaved)).not.toEqual(fs.readFileSync(path.join(dir, name)));
    const result = await readPackageFile(resaved);
    expect(result.payload).toEqual(packages[name]!.payload);
    expect(result.warnings).toEqual([]);
  });

  it('turns the veryHidden data sheet into a hidden one, which is accepted', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'resaved', 'report.xlsx'));
    expect(['hidden', 'veryHidden']).toContain(workbook.getWorksheet(dataSheetName)?.state);
  });
});
