import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolKeys, schoolReport } from '../../../test/fixtures/exchange-packages';
import { editWorkbook, fakeDocx } from '../../../test/fixtures/hostile-zip';
import { writePackageFile } from '../../core/exchange/index';
import { runCli } from '../run-cli';

let dir = '';

async function verify(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['verify', ...args], { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-verify-'));
  const keys = schoolKeys();
  const file = path.join(dir, 'opora_400123_2025-2026_r3.xlsx');
  await writePackageFile(file, { kind: 'school-report', ...schoolReport(), ...keys });
  const edited = await editWorkbook(fs.readFileSync(file), (workbook) => (workbook.getWorksheet('Карточка ОО')!.getCell('B4').value = 'Другая школа'));
  fs.writeFileSync(path.join(dir, 'edited.xlsx'), edited);
  fs.writeFileSync(path.join(dir, 'letter.xlsx'), fakeDocx());
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('opora verify', () => {
  it('reports a valid package as JSON and exits 0', async () => {
    const result = await verify(path.join(dir, 'opora_400123_2025-2026_r3.xlsx'), '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      valid: true,
      kind: 'school-report',
      schoolCode: '400123',
      revision: 3,
      fingerprint: expect.stringMatching(/^\d{4}(-\d{4}){4}$/),
      problems: [],
    });
  });

  it('lists cells edited after signing as problems of a valid package', async () => {
    const result = await verify(path.join(dir, 'edited.xlsx'), '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { valid: boolean; problems: { code: string; message: string }[] };
    expect(report.valid).toBe(true);
    expect(report.problems).toEqual([{ code: 'edited-after-signing', message: expect.stringMatching(/«Карточка ОО», B4: изменено после подписи/) }]);
  });

  it('reports a rejected file with its reason and exits 1', async () => {
    const result = await verify(path.join(dir, 'letter.xlsx'), '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({ valid: false, kind: null, problems: [{ code: 'not-workbook', message: expect.stringMatching(/«letter\.xlsx».*документ Word/) }] });
    expect(result.err).toMatch(/документ Word/);
  });

  it('prints a Russian summary without --json', async () => {
    const result = await verify(path.join(dir, 'opora_400123_2025-2026_r3.xlsx'));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Пакет действителен: Отчёт школы для куратора\nШкола: МБОУ «Берёзовская СОШ» \(код 400123\)/);
    expect(result.out).toMatch(/создан 14\.03\.2026 10:22:05 \(UTC\+03:00\)/);
    const missing = await verify(path.join(dir, 'нет.xlsx'));
    expect(missing).toMatchObject({ code: 1, out: '', err: expect.stringMatching(/файл не найден/) });
  });

  it('exits 2 when the command is written wrong', async () => {
    expect((await verify()).code).toBe(2);
    expect((await verify('a.xlsx', 'b.xlsx')).code).toBe(2);
    expect((await verify('a.xlsx', '--jsn')).code).toBe(2);
  });
});
