/** Runs a command's work on an opened core and turns the core's Russian errors into exit code 1. */
import { AppError } from '../../../shared/api/errors';
import type { Core } from '../../core/core';
import { CommandFailure } from '../cli-error';
import { openCore } from '../open-core';

export async function withCore<T>(dataDir: string, work: (core: Core) => Promise<T>): Promise<T> {
  const core = await openCore(dataDir);
  try {
    return await work(core);
  } catch (error) {
    if (error instanceof AppError) throw new CommandFailure(error.message);
    throw error;
  } finally {
    core.close();
  }
}
