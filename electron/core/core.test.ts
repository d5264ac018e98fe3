import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { AppStatus } from '../../shared/api/schemas';
import { coreFixture, failureOf, schoolSetup } from '../../test/helpers/core';
import { fileHash } from '../../test/helpers/files';
import { russian, stackTrace } from '../../test/helpers/text';
import { call } from './core';
import { dataPaths } from './data-dir';
import type { KeyStore } from './key-store';

const cores = coreFixture();

async function schoolCore() {
  const { dir, core } = await cores.fresh();
  await call(core, 'setup.initialize', schoolSetup);
  await call(core, 'passport.create', { year: '2025/2026', copyFrom: null });
  return { dir, core };
}

describe('invoke: input from an untrusted caller', () => {
  it.each([
    ['passport.delete'],
    ['__proto__'],
    ['constructor'],
    ['toString'],
    [42],
    [null],
    [{ method: 'app.status' }],
  ])('answers UNKNOWN_METHOD for the method %j', async (method) => {
    const { core } = await schoolCore();
    const error = await failureOf(core, method, {});
    expect(error.code).toBe('UNKNOWN_METHOD');
    expect(error.message).toMatch(/^Неизвестная операция/);
    expect(error.message).not.toMatch(stackTrace);
  });

  it('cuts a long unknown method name in its message', async () => {
    const { core } = await schoolCore();
    const error = await failureOf(core, 'x'.repeat(10_000), {});
    expect(error.message.length).toBeLessThan(200);
  });

  it.each([
    ['an unknown passport field', 'passport.save', { year: '2025/2026', values: { studentsTotal: '1', bitcoinWallet: '1' } }, /Неизвестное поле социального паспорта/],
    ['a year written with a dash', 'passport.get', { year: '2025-2026' }, /Учебный год в виде «2025\/2026»/],
    ['a year that is not one year long', 'passport.create', { year: '2025/2027', copyFrom: null }, /Учебный год/],
    ['a bad year to copy from', 'passport.create', { year: '2025/2026', copyFrom: '2024' }, /Учебный год.*copyFrom/],
    ['an overlong passport value', 'passport.save', { year: '2025/2026', values: { studentsTotal: '1'.repeat(101) } }, /Не длиннее 100 символов/],
    ['an overlong school name', 'profile.save', { profile: { ...schoolSetup.profile, fullName: 'Ш'.repeat(501) } }, /Не длиннее 500 символов.*fullName/],
    ['a number instead of text', 'passport.save', { year: '2025/2026', values: { studentsTotal: 120 } }, /values\.studentsTotal/],
    ['a missing field', 'passport.save', { year: '2025/2026' }, /values/],
    ['an extra key', 'passport.get', { year: '2025/2026', sql: 'DROP TABLE documents' }, /Нераспознанный ключ: "sql"/],
    ['input to a method that takes none', 'app.status', { debug: true }, /Нераспознанный ключ: "debug"/],
    ['text instead of an object', 'passport.get', '2025/2026', russian],
    ['an array instead of an object', 'passport.list', [], russian],
  ])('answers INVALID_INPUT for %s', async (_what, method, input, words) => {
    const { core } = await schoolCore();
    const before = await call(core, 'passport.get', { year: '2025/2026' });
    const error = await failureOf(core, method, input);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^Неверные данные: /);
    expect(error.message).toMatch(words);
    expect(error.message).not.toMatch(stackTrace);
    expect(Object.keys(error).sort()).toEqual(['code', 'message']);
    expect(await call(core, 'passport.get', { year: '2025/2026' })).toEqual(before);
  });

  it('reads a missing input as an empty one', async () => {
    const { core } = await schoolCore();
    expect(await core.invoke('passport.list', undefined)).toMatchObject({ ok: true });
    expect(await core.invoke('app.status', null)).toMatchObject({ ok: true });
  });
});

describe('invoke: unexpected failures', () => {
  const failingKeyStore = (error: Error): KeyStore => ({
    protection: () => ({ kind: 'user-file', description: 'тест' }),
    save: () => {
      throw error;
    },
    load: () => null,
  });

  it('answers INTERNAL without internals, logs the stack, and leaves no half-made installation', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { core } = await cores.fresh({ keyStore: failingKeyStore(new Error('secret at /home/user/.ssh')) });
      const error = await failureOf(core, 'setup.initialize', schoolSetup);
      expect(error).toEqual({ code: 'INTERNAL', message: expect.stringMatching(russian) });
      expect(error.message).not.toContain('secret');
      expect(log).toHaveBeenCalledWith(expect.stringContaining('secret at /home/user/.ssh'));
      expect(((await call(core, 'app.status')) as AppStatus).installation).toBeNull();
    } finally {
      log.mockRestore();
    }
  });

  it('answers DISK_FULL when the disk is full', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const { core } = await cores.fresh({ keyStore: failingKeyStore(full) });
    const error = await failureOf(core, 'setup.initialize', schoolSetup);
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toMatch(/^Недостаточно места на диске/);
  });
});

describe('the data folder', () => {
  it('keeps everything after the core is closed and opened again', async () => {
    const { dir, core } = await schoolCore();
    await call(core, 'profile.save', { profile: { ...schoolSetup.profile, email: 'school1@mail.ru' } });
    await call(core, 'passport.save', { year: '2025/2026', values: { studentsTotal: '120', teachersTotal: 'abc' } });
    await call(core, 'passport.create', { year: '2026/2027', copyFrom: '2025/2026' });
    const before = {
      status: await call(core, 'app.status'),
      profile: await call(core, 'profile.get'),
      passport: await call(core, 'passport.get', { year: '2025/2026' }),
      list: await call(core, 'passport.list'),
    };
    core.close();

    const reopened = await cores.open(dir);
    expect(reopened.problem).toBeNull();
    expect({
      status: await call(reopened, 'app.status'),
      profile: await call(reopened, 'profile.get'),
      passport: await call(reopened, 'passport.get', { year: '2025/2026' }),
      list: await call(reopened, 'passport.list'),
    }).toEqual(before);
  });

  it('starts an unavailable core on a database from a newer app and leaves the file alone', async () => {
    const dir = cores.newDir();
    const file = dataPaths(dir).database;
    const sqlite = new Database(file);
    sqlite.pragma('user_version = 42');
    sqlite.close();
    const hash = fileHash(file);

    const core = await cores.open(dir);
    expect(core.problem?.code).toBe('DB_TOO_NEW');
    const status = (await call(core, 'app.status')) as AppStatus;
    expect(status).toMatchObject({ state: 'unavailable', installation: null, problem: core.problem });
    expect(status.problem?.message).toMatch(/более новой версией «Опоры»/);
    const error = await failureOf(core, 'setup.initialize', schoolSetup);
    expect(error).toEqual(core.problem);
    expect(fileHash(file)).toBe(hash);
    expect(fs.existsSync(dataPaths(dir).keys)).toBe(false);
  });
});
