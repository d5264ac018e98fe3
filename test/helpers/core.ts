/**
 * A real core on a real SQLite file in a temp folder, with the committed migrations applied,
 * and inputs for the common setups.
 */
import fs from 'node:fs';
import { afterEach } from 'vitest';
import { appVersion, migrationsFolder } from '../../electron/core/app-info';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { SetupInput } from '../../shared/api/schemas';
import { emptySchoolProfile } from '../../shared/domain/school-profile';
import { makeTempDir } from './temp-dir';

export function openCore(dataDir: string, extra: Partial<CoreOptions> = {}): Promise<Core> {
  return createCore({ dataDir, migrationsFolder: migrationsFolder(), appVersion: appVersion(), ...extra });
}

export const schoolSetup = {
  mode: 'school',
  profile: {
    ...emptySchoolProfile,
    code: '400123',
    fullName: 'МКОУ «Средняя общеобразовательная школа № 1» с. Высокиничи',
    shortName: 'СОШ № 1',
    municipality: 'Жуковский район',
    type: 'secondary',
    locality: 'rural',
    directorName: 'Иванова Мария Петровна',
  },
} satisfies SetupInput;

export const curatorSetup = {
  mode: 'curator',
  districtName: 'Жуковский район',
  curatorName: 'Петров Пётр Петрович',
} satisfies SetupInput;

/** A fixed clock that moves forward by one second on every reading. */
export function steppingClock(start = '2025-10-01T09:00:00.000Z'): () => Date {
  let next = Date.parse(start);
  return () => {
    const now = new Date(next);
    next += 1000;
    return now;
  };
}

/** Calls a method that must fail and gives its error (code and message). */
export async function failureOf(core: Core, method: unknown, input?: unknown): Promise<ApiErrorShape> {
  const reply = await core.invoke(method, input);
  if (reply.ok) throw new Error(`${String(method)} должен был завершиться ошибкой, а вернул ${JSON.stringify(reply.value)}`);
  return reply.error;
}

/**
 * Call once per test file. Gives cores on fresh temp folders; after each test every core is
 * closed and then its folder removed.
 */
export function coreFixture() {
  const cores: Core[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const newDir = () => {
    const dir = makeTempDir('opora-core-');
    dirs.push(dir);
    return dir;
  };
  const open = async (dataDir: string, extra: Partial<CoreOptions> = {}) => {
    const core = await openCore(dataDir, extra);
    cores.push(core);
    return core;
  };
  return {
    newDir,
    open,
    /** A core on a new, empty data folder. */
    async fresh(extra: Partial<CoreOptions> = {}) {
      const dir = newDir();
      return { dir, core: await open(dir, extra) };
    },
  };
}
