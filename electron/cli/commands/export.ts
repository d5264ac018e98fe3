/**
 * `opora export` (a school's signed report) and `opora respond` (a curator's signed response).
 * Warnings are accepted and listed; errors refuse the export with the list (exit 1).
 */
import { parseArgs } from 'node:util';
import type { ExportCheck } from '../../../shared/api/exchange-api';
import { call } from '../../core/core';
import { UsageError, type CliIo } from '../cli-error';
import { withCore } from './with-core';

export const exportUsage = 'opora export --data-dir DIR --out FILE';
export const respondUsage = 'opora respond --data-dir DIR --school CODE --out FILE';
export const enrollUsage = 'opora enroll --data-dir DIR --school CODE [--school-name NAME] --out FILE';

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`Не указан параметр --${name}`);
  return value;
}

export async function runExport(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, out: { type: 'string' } }, strict: true });
  const dataDir = required(values, 'data-dir');
  const out = required(values, 'out');
  await withCore(dataDir, async (core) => {
    const check = (await call(core, 'exchange.checkExport')) as ExportCheck;
    for (const issue of check.errors) io.err(`Ошибка: ${issue.documentLabel} — «${issue.fieldLabel}»: ${issue.message}`);
    for (const issue of check.warnings) io.err(`Предупреждение: ${issue.documentLabel} — «${issue.fieldLabel}»: ${issue.message}`);
    const written = await core.local.exportReport(out, true);
    io.out(`Пакет сохранён: ${written.path} (ревизия ${written.revision}, документов: ${check.documents.length})`);
  });
}

export async function runRespond(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, school: { type: 'string' }, out: { type: 'string' } }, strict: true });
  const dataDir = required(values, 'data-dir');
  const school = required(values, 'school');
  const out = required(values, 'out');
  await withCore(dataDir, async (core) => {
    const written = await core.local.respond(school, out);
    io.out(`Ответ школе ${school} сохранён: ${written.path} (№ ${written.revision})`);
  });
}

export async function runEnroll(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, school: { type: 'string' }, 'school-name': { type: 'string' }, out: { type: 'string' } }, strict: true });
  const dataDir = required(values, 'data-dir');
  const school = required(values, 'school');
  const out = required(values, 'out');
  await withCore(dataDir, async (core) => {
    const written = await core.local.enroll(school, values['school-name'] ?? '', out);
    io.out(`Файл подключения для школы ${school} сохранён: ${written.path}. Передайте его школе: открыв его, школа будет доверять ключу района.`);
  });
}
