/**
 * Browser mode: the core on the loopback host, for machines where the Electron binary is
 * unavailable. Prints the URL (with its per-run token) on standard output.
 * Usage: npm run start:browser -- [--data-dir DIR] [--port N]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appVersion, migrationsFolder, projectRoot } from '../core/app-info';
import { createCore } from '../core/core';
import { defaultDataDir } from '../core/data-dir';
import { startHost } from './server';

function options() {
  try {
    const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } }, strict: true });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`неверный порт ${values.port}`);
    return { dataDir: values['data-dir'] ?? defaultDataDir(), port };
  } catch (error) {
    process.stderr.write(`Ошибка в команде: ${(error as Error).message}\nИспользование: npm run start:browser -- [--data-dir DIR] [--port N]\n`);
    process.exit(2);
  }
}

const { dataDir, port } = options();
const core = await createCore({ dataDir, migrationsFolder: migrationsFolder(), appVersion: appVersion() });
if (core.problem) process.stderr.write(`Внимание: ${core.problem.message}\n`);
let host;
try {
  host = await startHost({ core, port, staticDir: path.join(projectRoot(), 'dist', 'renderer') });
} catch (error) {
  const busy = (error as { code?: string }).code === 'EADDRINUSE';
  process.stderr.write(busy ? `Порт ${port} занят: укажите другой (--port N) или не указывайте порт.\n` : `Не удалось запустить: ${(error as Error).message}\n`);
  core.close();
  process.exit(1);
}
process.stderr.write(`Опора работает в режиме браузера. Данные: ${path.resolve(dataDir)}\nОткройте в браузере адрес ниже (он содержит ключ доступа; не пересылайте его). Остановить: Ctrl+C.\n`);
process.stdout.write(`${host.url}\n`);

const stop = async () => {
  await host.close();
  core.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
