/**
 * The real command a person types, `npm run -s opora -- init …`, in a child process: exit codes
 * and messages as a shell or a script sees them.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../electron/core/app-info';
import { fileHash } from './helpers/files';
import { tempDirs } from './helpers/temp-dir';
import { russian } from './helpers/text';

const newDir = tempDirs('opora-command-');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function opora(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      npm,
      ['run', '-s', 'opora', '--', ...args],
      { cwd: projectRoot(), encoding: 'utf8', shell: process.platform === 'win32', timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** npm's own notices (e.g. about the user's npmrc) are not the command's output. */
const ownLines = (stderr: string) => stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm '));

describe('npm run opora -- init', () => {
  it('ends with 0, 1 and 2 and speaks Russian on standard error', async () => {
    const dataDir = path.join(newDir(), 'data');
    const init = ['init', '--data-dir', dataDir, '--mode', 'school', '--school-code', '400123', '--school-name', 'МКОУ «СОШ № 1»', '--municipality', 'Жуковский район'];

    const created = await opora(...init);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^Создана копия школы «МКОУ «СОШ № 1»» \(код 400123\)/);
    expect(created.stdout).toMatch(/Отпечаток ключа подписи: \d{4}(-\d{4}){4}\n/);
    const database = fileHash(path.join(dataDir, 'opora.sqlite'));

    const again = await opora(...init);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(ownLines(again.stderr)).toEqual(['Эта копия уже настроена как копия школы с кодом 400123; ничего не изменено.']);
    expect(fileHash(path.join(dataDir, 'opora.sqlite'))).toBe(database);

    const wrong = await opora('init', '--data-dir', dataDir, '--bogus');
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    const lines = ownLines(wrong.stderr);
    expect(lines[0]).toBe('Ошибка в команде: неизвестный параметр --bogus');
    expect(lines[1]).toBe('Использование:');
    // every line is Russian, or a usage line of the command itself
    for (const line of lines) expect(russian.test(line) || /^\s+(opora |\[--)/.test(line), line).toBe(true);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['keys', 'opora.sqlite']);
  }, 120_000);
});
