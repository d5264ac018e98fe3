/**
 * `opora import`: files and folders of packages into a copy, one file at a time (never the
 * whole batch in memory), with one summary. Folders contribute their *.xlsx files, recursively.
 * Exit code 1 when any file was rejected (the summary still lists every file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportOutcome } from '../../../shared/api/exchange-api';
import { CommandFailure, UsageError, type CliIo } from '../cli-error';
import { withCore } from './with-core';

export const importUsage = 'opora import --data-dir DIR [--trust-new] [--accept-key-change CODE]... PATH... [--json]';

const statusNames: Record<string, string> = {
  imported: 'загружен',
  unchanged: 'без изменений',
  older: 'старая ревизия (в истории)',
  'needs-trust': 'ждёт решения о доверии ключу',
  rejected: 'отклонён',
};

function* packageFiles(target: string): Generator<string> {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`Нет такого файла или папки: ${target}`);
  if (!stat.isDirectory()) {
    yield target;
    return;
  }
  const entries = fs.readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) yield* packageFiles(full);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.xlsx')) yield full;
  }
}

export async function runImport(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string' }, 'trust-new': { type: 'boolean' }, 'accept-key-change': { type: 'string', multiple: true }, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (!values['data-dir']) throw new UsageError('Не указан параметр --data-dir');
  if (positionals.length === 0) throw new UsageError('Укажите файлы или папки с пакетами');
  const targets = positionals.map((target) => [...packageFiles(target)]).flat();
  const options = { trustNew: values['trust-new'] ?? false, acceptKeyChange: values['accept-key-change'] ?? [] };
  const summary = { imported: 0, unchanged: 0, older: 0, needsTrust: 0, rejected: 0, files: [] as { file: string; status: string; reason: string }[] };
  await withCore(values['data-dir'], async (core) => {
    for (const [index, file] of targets.entries()) {
      const outcome: ImportOutcome = await core.local.importPath(file, options);
      const status = outcome.status === 'refused' ? 'rejected' : outcome.status;
      summary.files.push({ file, status, reason: outcome.reason });
      if (status === 'needs-trust') summary.needsTrust += 1;
      else summary[status] += 1;
      if (!values.json) io.out(`[${index + 1}/${targets.length}] ${file}: ${statusNames[status]}${outcome.reason ? ` — ${outcome.reason}` : ''}`);
    }
  });
  if (values.json) io.out(JSON.stringify(summary));
  else io.out(`Итого: загружено ${summary.imported}, без изменений ${summary.unchanged}, старых ревизий ${summary.older}, ждут решения о доверии ${summary.needsTrust}, отклонено ${summary.rejected}.`);
  if (summary.rejected > 0) throw new CommandFailure(`Отклонено файлов: ${summary.rejected} (причины — в сводке; файлы помещены в карантин).`);
}
