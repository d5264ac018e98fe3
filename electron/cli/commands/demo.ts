/**
 * `opora demo school`: a ready school copy filled with a realistic demo school (profile and
 * social passports for three years), deterministic for a seed. Goes through the core's
 * contract like the UI does, so demo data obey the same rules as typed data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/errors';
import { call } from '../../core/core';
import { writeDemoDistrict } from '../../core/demo/demo-district';
import { generateDemoSchool } from '../../core/demo/demo-school';
import { CommandFailure, UsageError, type CliIo } from '../cli-error';
import { openCore, refuseForeignFolder } from '../open-core';

export const demoUsage = `opora demo school --data-dir DIR [--seed N]
opora demo district --out DIR --schools N [--seed S]`;

export function parseSeed(text: string | undefined): number {
  if (text === undefined) return 1;
  const seed = Number(text);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError('--seed должен быть целым неотрицательным числом');
  return seed;
}

async function demoSchool(args: string[], io: CliIo) {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, seed: { type: 'string' } }, strict: true });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('Не указан параметр --data-dir');
  const seed = parseSeed(values.seed);
  refuseForeignFolder(dataDir);
  const demo = generateDemoSchool(seed);
  const core = await openCore(dataDir);
  try {
    await call(core, 'setup.initialize', { mode: 'school', profile: demo.profile });
    for (const passport of demo.passports) {
      await call(core, 'passport.create', { year: passport.year, copyFrom: null });
      await call(core, 'passport.save', { year: passport.year, values: passport.values });
    }
    io.out(`Создана демонстрационная школа «${demo.profile.shortName}» (код ${demo.profile.code}) в ${dataDir}`);
    io.out(`Социальные паспорта: ${demo.passports.map((passport) => passport.year).join(', ')}`);
  } catch (error) {
    if (error instanceof AppError) throw new CommandFailure(error.message);
    throw error;
  } finally {
    core.close();
  }
}

async function demoDistrict(args: string[], io: CliIo) {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, schools: { type: 'string' }, seed: { type: 'string' } }, strict: true });
  if (!values.out) throw new UsageError('Не указан параметр --out');
  const schools = Number(values.schools);
  if (!Number.isInteger(schools) || schools < 1 || schools > 5000) throw new UsageError('--schools: целое число от 1 до 5000');
  const seed = parseSeed(values.seed);
  fs.mkdirSync(values.out, { recursive: true });
  const files = await writeDemoDistrict(values.out, schools, seed);
  io.out(`Записано пакетов: ${files.length} в ${path.resolve(values.out)}`);
}

export async function runDemo(args: string[], io: CliIo): Promise<void> {
  const [what, ...rest] = args;
  if (what === 'school') return demoSchool(rest, io);
  if (what === 'district') return demoDistrict(rest, io);
  throw new UsageError(what ? `Неизвестный вид демо-данных: ${what}` : 'Укажите, что создать: school или district');
}
