/**
 * `opora init`: creates a ready school or curator copy in a data folder. Refuses, changing
 * nothing, when the folder already holds an installation or files that are not Опора's.
 */
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/errors';
import type { AppStatus, SetupInput } from '../../../shared/api/schemas';
import { describeZodError } from '../../../shared/api/validate';
import { setupInputSchema } from '../../../shared/api/schemas';
import { call } from '../../core/core';
import { CommandFailure, UsageError, type CliIo } from '../cli-error';
import { openCore, refuseForeignFolder } from '../open-core';

export const initUsage = `opora init --data-dir DIR --mode school --school-code CODE --school-name NAME --municipality NAME
           [--short-name NAME] [--director NAME] [--type primary|basic|secondary] [--locality rural|urban]
opora init --data-dir DIR --mode curator --municipality NAME [--curator-name NAME]`;

function setupInput(values: Record<string, string | undefined>): SetupInput {
  const mode = values.mode;
  const need = (name: string) => {
    const value = values[name];
    if (!value) throw new UsageError(`Не указан параметр --${name}`);
    return value;
  };
  const candidate =
    mode === 'school'
      ? {
          mode,
          profile: {
            code: need('school-code'),
            fullName: need('school-name'),
            shortName: values['short-name'] ?? '',
            municipality: need('municipality'),
            type: values.type ?? '',
            locality: values.locality ?? '',
            cluster: '',
            directorName: values.director ?? '',
            phone: '',
            email: '',
            address: '',
            curatorName: '',
            mentorName: '',
            partnerSchool: '',
          },
        }
      : mode === 'curator'
        ? { mode, districtName: need('municipality'), curatorName: values['curator-name'] ?? '' }
        : null;
  if (!candidate) throw new UsageError('--mode должен быть school или curator');
  const parsed = setupInputSchema.safeParse(candidate);
  if (!parsed.success) throw new UsageError(describeZodError(parsed.error));
  return parsed.data;
}

export async function runInit(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      mode: { type: 'string' },
      'school-code': { type: 'string' },
      'school-name': { type: 'string' },
      'short-name': { type: 'string' },
      municipality: { type: 'string' },
      director: { type: 'string' },
      type: { type: 'string' },
      locality: { type: 'string' },
      'curator-name': { type: 'string' },
    },
    strict: true,
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('Не указан параметр --data-dir');
  const input = setupInput(values);
  refuseForeignFolder(dataDir);
  const core = await openCore(dataDir);
  try {
    const status = (await call(core, 'setup.initialize', input)) as AppStatus;
    const installation = status.installation!;
    const who = installation.mode === 'school' ? `школы «${installation.schoolName}» (код ${installation.schoolCode})` : `куратора (${installation.districtName})`;
    io.out(`Создана копия ${who} в ${status.dataDir}`);
    io.out(`Отпечаток ключа подписи: ${installation.fingerprint}`);
    io.out(installation.keyProtection.description);
  } catch (error) {
    if (error instanceof AppError) throw new CommandFailure(error.message);
    throw error;
  } finally {
    core.close();
  }
}
