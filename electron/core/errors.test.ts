import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/errors';
import { russian, stackTrace } from '../../test/helpers/text';
import { toApiError } from './errors';

/** A real SQLITE_FULL from better-sqlite3: a database that may not grow past its size. */
function realDiskFullError(): unknown {
  const sqlite = new Database(':memory:');
  try {
    sqlite.exec('CREATE TABLE t (x TEXT)');
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
    sqlite.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
    return null;
  } catch (error) {
    return error;
  } finally {
    sqlite.close();
  }
}

describe('toApiError', () => {
  const noLog = () => {
    throw new Error('should not be logged');
  };

  it('passes an AppError through as it is', () => {
    expect(toApiError(new AppError('NOT_FOUND', 'Не найдено'), noLog)).toEqual({ code: 'NOT_FOUND', message: 'Не найдено' });
  });

  it('turns SQLITE_FULL into DISK_FULL with a Russian explanation', () => {
    const error = realDiskFullError();
    expect((error as { code?: string }).code).toBe('SQLITE_FULL');
    const shape = toApiError(error, noLog);
    expect(shape.code).toBe('DISK_FULL');
    expect(shape.message).toBe('Недостаточно места на диске: изменения не сохранены. Освободите место и повторите — введённые данные остались в форме.');
  });

  it.each([
    ['ENOSPC', 'DISK_FULL'],
    ['SQLITE_READONLY', 'DB_UNAVAILABLE'],
    ['SQLITE_BUSY', 'DB_UNAVAILABLE'],
    ['SQLITE_CORRUPT', 'DB_UNAVAILABLE'],
    ['EACCES', 'DB_UNAVAILABLE'],
  ])('turns %s into %s', (code, expected) => {
    const shape = toApiError(Object.assign(new Error(`${code}: low-level text`), { code }), noLog);
    expect(shape.code).toBe(expected);
    expect(shape.message).toMatch(russian);
    expect(shape.message).not.toContain('low-level');
  });

  it.each([
    ['an Error', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['an Error with an unknown code', Object.assign(new Error('weird'), { code: 'EWEIRD' })],
    ['a string', 'boom'],
    ['null', null],
    ['an object with a non-string code', { code: 42 }],
  ])('hides %s behind INTERNAL and logs it', (_what, thrown) => {
    const lines: string[] = [];
    const shape = toApiError(thrown, (line) => lines.push(line));
    expect(shape.code).toBe('INTERNAL');
    expect(shape.message).toMatch(russian);
    expect(shape.message).not.toMatch(stackTrace);
    expect(lines).toHaveLength(1);
  });

  it('keeps the stack in the log', () => {
    const lines: string[] = [];
    toApiError(new Error('deep failure'), (line) => lines.push(line));
    expect(lines[0]).toMatch(/deep failure\n\s+at /);
  });
});
