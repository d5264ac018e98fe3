/** `opora backup`: a consistent copy of the database into backups/ (or --out), safe while the app runs. */
import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from '../cli-error';
import { withCore } from './with-core';

export const backupUsage = 'opora backup --data-dir DIR [--out FILE]';

export async function runBackup(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, out: { type: 'string' } }, strict: true });
  if (!values['data-dir']) throw new UsageError('Не указан параметр --data-dir');
  await withCore(values['data-dir'], async (core) => {
    const file = await core.local.backup(values.out);
    io.out(`Копия базы сохранена: ${file}`);
    io.out('Восстановление: закройте приложение и замените этим файлом opora.sqlite в папке данных (удалите рядом opora.sqlite-wal и opora.sqlite-shm).');
  });
}
