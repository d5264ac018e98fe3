/**
 * Where an installation keeps its data. The default is the OS user-data folder, the same one
 * Electron's app.getPath('userData') gives for the product name "Opora", so the desktop app,
 * browser mode and the command line share one copy unless told otherwise.
 */
import os from 'node:os';
import path from 'node:path';

export const productName = 'Opora';

export interface DataPaths {
  root: string;
  database: string;
  backups: string;
  keys: string;
}

export function dataPaths(root: string): DataPaths {
  const absolute = path.resolve(root);
  return {
    root: absolute,
    database: path.join(absolute, 'opora.sqlite'),
    backups: path.join(absolute, 'backups'),
    keys: path.join(absolute, 'keys'),
  };
}

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', productName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), productName);
}
