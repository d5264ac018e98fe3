/**
 * Opens the core for a command: the same core the app uses, with the user-file key store.
 * A core that cannot work (database newer than the app, damaged) ends the command with its
 * message instead of touching the data.
 */
import { appVersion, migrationsFolder } from '../core/app-info';
import { createCore, type Core } from '../core/core';
import { CommandFailure } from './cli-error';

export async function openCore(dataDir: string): Promise<Core> {
  const core = await createCore({ dataDir, migrationsFolder: migrationsFolder(), appVersion: appVersion() });
  if (core.problem) throw new CommandFailure(core.problem.message);
  return core;
}
