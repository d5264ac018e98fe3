/**
 * Opens the core for a command: the same core the app uses, with the user-file key store.
 * A core that cannot work (database newer than the app, damaged) ends the command with its
 * message instead of touching the data.
 */
import fs from 'node:fs';
import { appVersion, migrationsFolder } from '../core/app-info';
import { createCore, type Core } from '../core/core';
import { dataPaths } from '../core/data-dir';
import { CommandFailure } from './cli-error';

export async function openCore(dataDir: string): Promise<Core> {
  const core = await createCore({ dataDir, migrationsFolder: migrationsFolder(), appVersion: appVersion() });
  if (core.problem) throw new CommandFailure(core.problem.message);
  return core;
}

/** Commands that create a copy refuse a folder holding files that are not Опора's. */
export function refuseForeignFolder(dataDir: string) {
  const paths = dataPaths(dataDir);
  if (!fs.existsSync(paths.root)) return;
  const entries = fs.readdirSync(paths.root);
  if (entries.length > 0 && !fs.existsSync(paths.database)) {
    throw new CommandFailure(`Папка ${paths.root} не пуста и не похожа на данные «Опоры»: новая копия создаётся только в новой или пустой папке. Ничего не изменено.`);
  }
}
