/**
 * Facts about the running app that every shell needs: its version and where the committed
 * migrations are (beside the sources in development, in resources/ when packaged).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function projectRoot(): string {
  let dir = here;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function appVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function migrationsFolder(resourcesPath?: string): string {
  const packaged = resourcesPath ? path.join(resourcesPath, 'migrations') : null;
  if (packaged && fs.existsSync(packaged)) return packaged;
  return path.join(projectRoot(), 'db', 'migrations');
}
