/**
 * The exchange commands of the command line (runCli with a capturing io, and once the real
 * `npm run -s opora -- import …`): output shapes, exit codes, trust options, export and respond,
 * and demo data that are the same for the same seed.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { projectRoot } from '../../electron/core/app-info';
import { call } from '../../electron/core/core';
import { readPackageFile } from '../../electron/core/exchange';
import type { ReviewDraft, SchoolSummary } from '../../shared/api/exchange-api';
import type { AppStatus, Passport } from '../../shared/api/schemas';
import { exchangeFixture, exportReport, fillDemoSchool } from '../helpers/exchange';
import { russian } from '../helpers/text';

const copies = exchangeFixture();

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface ImportSummary {
  imported: number;
  unchanged: number;
  older: number;
  needsTrust: number;
  rejected: number;
  files: { file: string; status: string; reason: string }[];
}

const summaryOf = (out: string) => JSON.parse(out) as ImportSummary;

/** A folder as a curator receives it: two school reports, a letter, a truncated report, and a note that is not a package. */
async function inboxWithGoodAndBad() {
  const inbox = copies.inbox();
  expect((await run('demo', 'district', '--out', inbox, '--schools', '2', '--seed', '8')).code).toBe(0);
  const [first] = fs.readdirSync(inbox).sort();
  const good = fs.readFileSync(path.join(inbox, first!));
  fs.mkdirSync(path.join(inbox, 'почта'));
  fs.writeFileSync(path.join(inbox, 'почта', 'письмо.xlsx'), 'Добрый день! Отчёт во вложении.');
  fs.writeFileSync(path.join(inbox, 'почта', 'обрезанный.xlsx'), good.subarray(0, good.length / 2));
  fs.writeFileSync(path.join(inbox, 'readme.txt'), 'не пакет');
  return inbox;
}

async function curatorDir() {
  const dir = path.join(copies.newDir(), 'куратор');
  expect((await run('init', '--data-dir', dir, '--mode', 'curator', '--municipality', 'Жуковский район')).code).toBe(0);
  return dir;
}

describe('opora verify --json', () => {
  it('describes a school copy’s export (exit 0) and a damaged file (exit 1)', async () => {
    const school = await copies.school(61);
    const written = await exportReport(school);
    const fingerprint = ((await call(school.core, 'app.status')) as AppStatus).installation!.fingerprint;

    const valid = await run('verify', written.path, '--json');
    expect(valid).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(valid.out)).toEqual({ valid: true, kind: 'school-report', schoolCode: school.code, revision: 1, fingerprint, problems: [] });

    const damaged = path.join(copies.inbox(), 'damaged.xlsx');
    fs.writeFileSync(damaged, fs.readFileSync(written.path).subarray(0, 3000));
    const invalid = await run('verify', damaged, '--json');
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.out)).toEqual({ valid: false, kind: null, schoolCode: null, revision: null, fingerprint: null, problems: [{ code: 'truncated', message: expect.stringMatching(/^Файл «damaged\.xlsx» не принят: файл обрезан/) }] });
    expect((await run('verify', '--json')).code).toBe(2);
  });
});

describe('opora import', () => {
  it('--json summarises a folder of good and bad files; exit 1 when any was rejected', async () => {
    const inbox = await inboxWithGoodAndBad();
    const dataDir = await curatorDir();

    const result = await run('import', '--data-dir', dataDir, '--trust-new', inbox, '--json');

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Отклонено файлов: 2/);
    const summary = summaryOf(result.out);
    expect(summary).toMatchObject({ imported: 2, unchanged: 0, older: 0, needsTrust: 0, rejected: 2 });
    expect(summary.files.map((entry) => [path.relative(inbox, entry.file), entry.status])).toEqual([
      ['opora_480001_2025-2026_r1.xlsx', 'imported'],
      ['opora_480002_2025-2026_r1.xlsx', 'imported'],
      [path.join('почта', 'обрезанный.xlsx'), 'rejected'],
      [path.join('почта', 'письмо.xlsx'), 'rejected'],
    ]);
    for (const entry of summary.files) expect(entry.reason).toMatch(russian);

    const again = await run('import', '--data-dir', dataDir, inbox, '--json');
    expect(summaryOf(again.out)).toMatchObject({ imported: 0, unchanged: 2, rejected: 2 });
  });

  it('without --trust-new, new keys wait for a person (exit 0); then --trust-new imports them', async () => {
    const inbox = copies.inbox();
    await run('demo', 'district', '--out', inbox, '--schools', '3', '--seed', '9');
    const dataDir = await curatorDir();

    const waiting = await run('import', '--data-dir', dataDir, inbox, '--json');
    expect(waiting.code).toBe(0);
    expect(summaryOf(waiting.out)).toMatchObject({ imported: 0, needsTrust: 3, rejected: 0 });
    expect(summaryOf(waiting.out).files.every((entry) => /новый ключ подписи \d{4}(-\d{4}){4}/.test(entry.reason))).toBe(true);

    const trusted = await run('import', '--data-dir', dataDir, '--trust-new', inbox);
    expect(trusted.code).toBe(0);
    expect(trusted.out).toMatch(/^\[1\/3\] .*opora_490001_2025-2026_r1\.xlsx: загружен — новая школа, ревизия 1$/m);
    expect(trusted.out).toMatch(/Итого: загружено 3, без изменений 0, старых ревизий 0, ждут решения о доверии 0, отклонено 0\.$/);
  });

  it('--accept-key-change CODE confirms a school’s new key; --trust-new alone does not', async () => {
    const dataDir = await curatorDir();
    const oldLaptop = await copies.school(62);
    await run('import', '--data-dir', dataDir, '--trust-new', (await exportReport(oldLaptop)).path);
    const newLaptop = await copies.school(62, 0, '2026-02-01T09:00:00.000Z');
    const report = (await exportReport(newLaptop)).path;

    const held = await run('import', '--data-dir', dataDir, '--trust-new', report, '--json');
    expect(summaryOf(held.out)).toMatchObject({ needsTrust: 1, imported: 0 });
    expect(summaryOf(held.out).files[0]!.reason).toMatch(/ВНИМАНИЕ: ключ подписи сменился/);

    const confirmed = await run('import', '--data-dir', dataDir, '--accept-key-change', oldLaptop.code, report, '--json');
    expect(confirmed.code).toBe(0);
    expect(summaryOf(confirmed.out)).toMatchObject({ imported: 1, needsTrust: 0 });

    const curator = await copies.open(dataDir);
    const newFingerprint = ((await call(newLaptop.core, 'app.status')) as AppStatus).installation!.fingerprint;
    expect(((await call(curator, 'schools.list')) as SchoolSummary[]).map((school) => [school.code, school.fingerprint])).toEqual([[oldLaptop.code, newFingerprint]]);
  });

  it('exits 2 when written wrong', async () => {
    expect((await run('import', '--data-dir', copies.newDir())).code).toBe(2);
    expect((await run('import', copies.newDir())).code).toBe(2);
    expect((await run('import', '--data-dir', copies.newDir(), path.join(copies.newDir(), 'нет'))).code).toBe(2);
  });
});

describe('opora export and opora respond', () => {
  it('export writes the signed report; errors refuse it with the list (exit 1)', async () => {
    const dir = path.join(copies.newDir(), 'школа');
    expect((await run('demo', 'school', '--data-dir', dir, '--seed', '63')).code).toBe(0);
    const out = path.join(copies.inbox(), 'report.xlsx');

    const done = await run('export', '--data-dir', dir, '--out', out);

    expect(done).toMatchObject({ code: 0, err: '' });
    expect(done.out).toBe(`Пакет сохранён: ${out} (ревизия 1, документов: 4)`);
    expect((await readPackageFile(out)).manifest).toMatchObject({ kind: 'school-report', revision: 1 });

    const core = await copies.open(dir);
    const passport = (await call(core, 'passport.get', { year: '2024/2025' })) as Passport;
    await call(core, 'passport.save', { year: '2024/2025', values: { ...passport.values, studentsTotal: '-5' } });
    core.close();
    const refusedOut = path.join(copies.inbox(), 'refused.xlsx');
    const refused = await run('export', '--data-dir', dir, '--out', refusedOut);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^Ошибка: Социальный паспорт 2024\/2025 — «Обучающихся всего»: Значение не может быть отрицательным$/m);
    expect(refused.err).toMatch(/Пакет не сформирован: ошибок 1\./);
    expect(fs.existsSync(refusedOut)).toBe(false);
    expect((await run('export', '--data-dir', dir)).code).toBe(2);
  });

  it('export into an existing folder writes the package there under its own name', async () => {
    const dir = path.join(copies.newDir(), 'школа');
    expect((await run('demo', 'school', '--data-dir', dir, '--seed', '64')).code).toBe(0);
    const folder = copies.inbox();

    const done = await run('export', '--data-dir', dir, '--out', folder);

    expect(done.code).toBe(0);
    const written = fs.readdirSync(folder).filter((name) => name.endsWith('.xlsx'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^opora_\d+_2025-2026_r1\.xlsx$/);
    expect(done.out).toContain(path.join(folder, written[0]!));
  });

  it('respond writes the signed response to a school; an empty review is refused (exit 1)', async () => {
    const dataDir = await curatorDir();
    const school = await copies.school(64);
    await run('import', '--data-dir', dataDir, '--trust-new', (await exportReport(school)).path);
    const out = path.join(copies.inbox(), 'response.xlsx');

    const empty = await run('respond', '--data-dir', dataDir, '--school', school.code, '--out', out);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/Ответ не сформирован/);
    expect(fs.existsSync(out)).toBe(false);

    const curator = await copies.open(dataDir);
    const draft = (await call(curator, 'review.get', { code: school.code })) as ReviewDraft;
    await call(curator, 'review.save', { code: school.code, review: { ...draft, reviews: draft.reviews.map((review) => ({ ...review, status: 'accepted' })) } });
    curator.close();

    const done = await run('respond', '--data-dir', dataDir, '--school', school.code, '--out', out);
    expect(done).toMatchObject({ code: 0, out: `Ответ школе ${school.code} сохранён: ${out} (№ 1)` });
    const response = await readPackageFile(out);
    expect(response.kind === 'curator-response' && response.payload.reviews.map((review) => review.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    expect((await school.core.local.importPath(out, { trustNew: true })).status).toBe('imported');
    expect((await run('respond', '--data-dir', dataDir, '--out', out)).code).toBe(2);
  });
});

describe('demo data are the same for the same seed', () => {
  async function district(seed: number) {
    const dir = copies.inbox();
    expect((await run('demo', 'district', '--out', dir, '--schools', '3', '--seed', String(seed))).code).toBe(0);
    const files = fs.readdirSync(dir).sort();
    return Promise.all(
      files.map(async (file) => {
        const read = await readPackageFile(path.join(dir, file));
        return { file, manifest: read.manifest, payload: read.payload, fingerprint: read.fingerprint };
      }),
    );
  }

  it('demo district: same files, payloads, manifests and key fingerprints', async () => {
    const first = await district(5);
    const second = await district(5);
    expect(first).toHaveLength(3);
    expect(second).toEqual(first);
    expect(new Set(first.map((entry) => entry.fingerprint)).size).toBe(3); // every school its own key
    const other = await district(6);
    expect(other.map((entry) => entry.fingerprint)).not.toEqual(first.map((entry) => entry.fingerprint));
    expect(other.map((entry) => entry.payload)).not.toEqual(first.map((entry) => entry.payload));
  });

  it('demo school: same profile and passports', async () => {
    const contents = async (seed: number) => {
      const dir = path.join(copies.newDir(), 'школа');
      expect((await run('demo', 'school', '--data-dir', dir, '--seed', String(seed))).code).toBe(0);
      const core = await copies.open(dir);
      const { profile } = (await call(core, 'profile.get')) as { profile: unknown };
      const years = ['2023/2024', '2024/2025', '2025/2026'];
      const passports = await Promise.all(years.map(async (year) => ((await call(core, 'passport.get', { year })) as Passport).values));
      return { profile, passports };
    };
    const first = await contents(3);
    expect(await contents(3)).toEqual(first);
    expect(await contents(4)).not.toEqual(first);
  });

  it('the demo school of the command line is the one the generator makes', async () => {
    const dir = path.join(copies.newDir(), 'школа');
    await run('demo', 'school', '--data-dir', dir, '--seed', '65');
    const byCli = await copies.open(dir);
    const { core: byCore } = await copies.fresh();
    const demo = await fillDemoSchool(byCore, 65);
    expect(((await call(byCli, 'profile.get')) as { profile: unknown }).profile).toEqual(demo.profile);
  });
});

describe('npm run -s opora -- import (the real command)', () => {
  it('prints the JSON summary on standard output and ends with 1 when a file was rejected', async () => {
    const inbox = await inboxWithGoodAndBad();
    const dataDir = await curatorDir();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(npm, ['run', '-s', 'opora', '--', 'import', '--data-dir', dataDir, '--trust-new', '--json', inbox], { cwd: projectRoot(), encoding: 'utf8', shell: process.platform === 'win32', timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
      );
    });
    expect(result.code, result.stderr).toBe(1);
    const summary = summaryOf(result.stdout.trim());
    expect(Object.keys(summary)).toEqual(['imported', 'unchanged', 'older', 'needsTrust', 'rejected', 'files']);
    expect(summary).toMatchObject({ imported: 2, unchanged: 0, older: 0, needsTrust: 0, rejected: 2 });
    expect(summary.files.every((entry) => Object.keys(entry).join() === 'file,status,reason')).toBe(true);
    expect(result.stderr).toMatch(/Отклонено файлов: 2/);
  }, 120_000);
});
