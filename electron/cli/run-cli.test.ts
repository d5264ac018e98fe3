import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fileHash, folderSnapshot } from '../../test/helpers/files';
import { tempDirs } from '../../test/helpers/temp-dir';
import { russian } from '../../test/helpers/text';
import { dataPaths } from '../core/data-dir';
import type { CliIo } from './cli-error';
import { runCli } from './run-cli';

const newDir = tempDirs('opora-cli-');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const schoolArgs = (dataDir: string) => [
  'init',
  '--data-dir',
  dataDir,
  '--mode',
  'school',
  '--school-code',
  '400123',
  '--school-name',
  'МКОУ «СОШ № 1» с. Высокиничи',
  '--short-name',
  'СОШ № 1',
  '--municipality',
  'Жуковский район',
  '--type',
  'secondary',
  '--locality',
  'rural',
];
const curatorArgs = (dataDir: string) => ['init', '--data-dir', dataDir, '--mode', 'curator', '--municipality', 'Жуковский район', '--curator-name', 'Петров П. П.'];
const fingerprint = /Отпечаток ключа подписи: \d{4}-\d{4}-\d{4}-\d{4}-\d{4}$/m;

describe('opora init', () => {
  it('creates a school copy and prints the fingerprint', async () => {
    const dataDir = path.join(newDir(), 'школа');
    const result = await run(...schoolArgs(dataDir));
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('Создана копия школы «СОШ № 1» (код 400123)');
    expect(result.out).toMatch(fingerprint);
    expect(fs.existsSync(dataPaths(dataDir).database)).toBe(true);
  });

  it('creates a curator copy and prints the fingerprint', async () => {
    const dataDir = newDir(); // an existing empty folder is fine too
    const result = await run(...curatorArgs(dataDir));
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('Создана копия куратора (Жуковский район)');
    expect(result.out).toMatch(fingerprint);
  });

  it('refuses a second init with exit 1, changing nothing', async () => {
    const dataDir = newDir();
    expect((await run(...schoolArgs(dataDir))).code).toBe(0);
    const database = fileHash(dataPaths(dataDir).database);
    const before = folderSnapshot(dataDir);
    for (const args of [schoolArgs(dataDir), curatorArgs(dataDir)]) {
      const result = await run(...args);
      expect(result.code).toBe(1);
      expect(result.out).toBe('');
      expect(result.err).toBe('Эта копия уже настроена как копия школы с кодом 400123; ничего не изменено.');
    }
    expect(fileHash(dataPaths(dataDir).database)).toBe(database);
    expect(folderSnapshot(dataDir)).toEqual(before);
  });

  it('refuses a folder that holds other files, writing nothing', async () => {
    const dataDir = newDir();
    fs.writeFileSync(path.join(dataDir, 'отчёт.docx'), 'чужой файл');
    const before = folderSnapshot(dataDir);
    const result = await run(...schoolArgs(dataDir));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/не пуста и не похожа на данные «Опоры».*Ничего не изменено/);
    expect(folderSnapshot(dataDir)).toEqual(before);
  });

  it('refuses a database from a newer app with exit 1, leaving it as it was', async () => {
    const dataDir = newDir();
    const sqlite = new Database(dataPaths(dataDir).database);
    sqlite.pragma('user_version = 42');
    sqlite.close();
    const before = folderSnapshot(dataDir);
    const result = await run(...schoolArgs(dataDir));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/более новой версией «Опоры»/);
    expect(folderSnapshot(dataDir)).toEqual(before);
  });

  it.each([
    ['no --data-dir', (dir: string) => schoolArgs(dir).filter((_, i, all) => all[i] !== '--data-dir' && all[i - 1] !== '--data-dir'), /Не указан параметр --data-dir/],
    ['no --mode', (dir: string) => ['init', '--data-dir', dir, '--school-code', '1', '--school-name', 'Ш', '--municipality', 'Р'], /--mode должен быть school или curator/],
    ['an unknown --mode', (dir: string) => ['init', '--data-dir', dir, '--mode', 'teacher'], /--mode должен быть school или curator/],
    ['no --school-code', (dir: string) => ['init', '--data-dir', dir, '--mode', 'school', '--school-name', 'Ш', '--municipality', 'Р'], /Не указан параметр --school-code/],
    ['no --municipality for a curator', (dir: string) => ['init', '--data-dir', dir, '--mode', 'curator'], /Не указан параметр --municipality/],
    ['a bad school code', (dir: string) => schoolArgs(dir).map((arg) => (arg === '400123' ? 'школа 1' : arg)), /Код ОО/],
    ['a type outside the list', (dir: string) => schoolArgs(dir).map((arg) => (arg === 'secondary' ? 'gymnasium' : arg)), /Тип школы: выберите значение из списка/],
    ['an unknown parameter', (dir: string) => [...schoolArgs(dir), '--colour', 'red'], /неизвестный параметр --colour/],
    ['a parameter without its value', (_dir: string) => ['init', '--mode', 'school', '--data-dir'], /параметру --data-dir нужно значение/],
    ['an extra argument', (dir: string) => [...schoolArgs(dir), 'лишнее'], /лишний аргумент лишнее/],
  ])('ends with 2 and the usage for %s, writing nothing', async (_what, args, message) => {
    const parent = newDir();
    const dataDir = path.join(parent, 'data');
    const result = await run(...args(dataDir));
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^Ошибка в команде: /);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('Использование:\n  opora init --data-dir DIR --mode school');
    expect(fs.readdirSync(parent)).toEqual([]);
  });
});

describe('opora', () => {
  it('ends with 2 and the usage when no command is given', async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(`${result.out}\n${result.err}`).toContain('Использование:');
  });

  it('ends with 2 for an unknown command', async () => {
    const result = await run('frobnicate', '--data-dir', newDir());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Неизвестная команда: frobnicate\nИспользование:/);
  });

  it('prints the usage on request and ends with 0', async () => {
    for (const name of ['help', '--help']) {
      const result = await run(name);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/^Использование:\n {2}opora init/);
      expect(result.out).toMatch(russian);
    }
  });
});
