import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../shared/api/schemas';
import { coreFixture, curatorSetup, failureOf, schoolSetup, steppingClock } from '../../test/helpers/core';
import { folderSnapshot } from '../../test/helpers/files';
import { russian } from '../../test/helpers/text';
import { call } from './core';
import { dataPaths } from './data-dir';
import { plainKeyFileName, UserFileKeyStore } from './key-store';
import { fingerprintOf, publicKeyOf } from './signing';

const cores = coreFixture();
const fingerprintPattern = /^\d{4}-\d{4}-\d{4}-\d{4}-\d{4}$/;

/** The data folder without SQLite's shared-memory index, which readers touch too. */
const dataSnapshot = (dir: string) => Object.fromEntries(Object.entries(folderSnapshot(dir)).filter(([file]) => !file.endsWith('-shm')));

describe('app.status', () => {
  it('reports a ready copy without an installation before setup', async () => {
    const { dir, core } = await cores.fresh();
    const status = (await call(core, 'app.status')) as AppStatus;
    expect(status).toMatchObject({ state: 'ready', problem: null, installation: null, dataDir: path.resolve(dir) });
    expect(status.appVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses the documents until the copy is set up', async () => {
    const { core } = await cores.fresh();
    for (const [method, input] of [
      ['profile.get', {}],
      ['passport.list', {}],
      ['passport.create', { year: '2025/2026', copyFrom: null }],
    ] as const) {
      const error = await failureOf(core, method, input);
      expect(error.code, method).toBe('NOT_INITIALIZED');
      expect(error.message).toMatch(russian);
    }
  });
});

describe('setup.initialize for a school', () => {
  it('creates the installation, the profile and the signing key', async () => {
    const { dir, core } = await cores.fresh({ now: steppingClock('2025-10-01T09:00:00.000Z') });
    const status = (await call(core, 'setup.initialize', schoolSetup)) as AppStatus;

    expect(status.state).toBe('ready');
    expect(status.installation).toMatchObject({
      mode: 'school',
      schoolCode: '400123',
      schoolName: 'СОШ № 1',
      districtName: 'Жуковский район',
      createdAt: '2025-10-01T09:00:00.000Z',
      keyProtection: { kind: 'user-file' },
    });
    expect(status.installation?.fingerprint).toMatch(fingerprintPattern);
    expect(await call(core, 'app.status')).toEqual(status);

    const profile = (await call(core, 'profile.get')) as { profile: unknown };
    expect(profile.profile).toEqual(schoolSetup.profile);

    // the key on disk is the key the fingerprint was made from
    const key = new UserFileKeyStore(dataPaths(dir).keys).load();
    expect(key).not.toBeNull();
    expect(fingerprintOf(publicKeyOf(key!))).toBe(status.installation?.fingerprint);
  });

  it.skipIf(process.platform === 'win32')('keeps the key file readable only by the user', async () => {
    const { dir, core } = await cores.fresh();
    await call(core, 'setup.initialize', schoolSetup);
    const keyFile = path.join(dataPaths(dir).keys, plainKeyFileName);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dataPaths(dir).keys).mode & 0o077).toBe(0);
    expect(fs.readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });

  it('gives every copy its own key and fingerprint', async () => {
    const first = (await call((await cores.fresh()).core, 'setup.initialize', schoolSetup)) as AppStatus;
    const second = (await call((await cores.fresh()).core, 'setup.initialize', schoolSetup)) as AppStatus;
    expect(first.installation?.fingerprint).not.toBe(second.installation?.fingerprint);
  });

  it('trims the school code', async () => {
    const { core } = await cores.fresh();
    const status = (await call(core, 'setup.initialize', { ...schoolSetup, profile: { ...schoolSetup.profile, code: '  400123 ' } })) as AppStatus;
    expect(status.installation?.schoolCode).toBe('400123');
  });

  it('refuses a second setup with ALREADY_INITIALIZED and changes nothing', async () => {
    const { dir, core } = await cores.fresh();
    const status = await call(core, 'setup.initialize', schoolSetup);
    const before = dataSnapshot(dir);
    expect(Object.keys(before)).toContain(path.join('keys', plainKeyFileName));

    for (const input of [{ ...schoolSetup, profile: { ...schoolSetup.profile, code: '999' } }, curatorSetup]) {
      const error = await failureOf(core, 'setup.initialize', input);
      expect(error.code).toBe('ALREADY_INITIALIZED');
      expect(error.message).toContain('школы с кодом 400123');
    }
    expect(dataSnapshot(dir)).toEqual(before);
    expect(await call(core, 'app.status')).toEqual(status);
  });

  it('refuses a profile without a valid code, name or municipality, creating nothing', async () => {
    const { dir, core } = await cores.fresh();
    for (const [profile, words] of [
      [{ ...schoolSetup.profile, code: 'школа 1' }, /Код ОО/],
      [{ ...schoolSetup.profile, fullName: '   ' }, /полное наименование/],
      [{ ...schoolSetup.profile, municipality: '' }, /муниципалитет/],
      [{ ...schoolSetup.profile, type: 'gymnasium' }, /Тип школы/],
    ] as const) {
      const error = await failureOf(core, 'setup.initialize', { mode: 'school', profile });
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(words);
    }
    expect(((await call(core, 'app.status')) as AppStatus).installation).toBeNull();
    expect(fs.existsSync(dataPaths(dir).keys)).toBe(false);
  });
});

describe('setup.initialize for a curator', () => {
  it('creates a curator copy that has no school documents', async () => {
    const { core } = await cores.fresh();
    const status = (await call(core, 'setup.initialize', curatorSetup)) as AppStatus;
    expect(status.installation).toMatchObject({ mode: 'curator', schoolCode: null, schoolName: null, districtName: 'Жуковский район' });
    expect(status.installation?.fingerprint).toMatch(fingerprintPattern);

    for (const method of ['profile.get', 'passport.list']) {
      const error = await failureOf(core, method, {});
      expect(error.code).toBe('WRONG_MODE');
      expect(error.message).toMatch(russian);
    }
    const again = await failureOf(core, 'setup.initialize', schoolSetup);
    expect(again).toMatchObject({ code: 'ALREADY_INITIALIZED', message: expect.stringContaining('куратора (Жуковский район)') });
  });

  it('needs the district', async () => {
    const { core } = await cores.fresh();
    const error = await failureOf(core, 'setup.initialize', { ...curatorSetup, districtName: ' ' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/район/);
  });
});
