/**
 * The desktop app's life: one instance per data folder, the core opened (migrations run,
 * backups made) before any window exists, then the window. Invariants: the UI never sees a
 * database that has not been migrated; a core that cannot open its database still gets a
 * window, because the UI shows a recovery screen from `app.status` — nothing is deleted or
 * "repaired" here; the core is closed before the process exits, so SQLite checkpoints its WAL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, ipcMain, safeStorage, session, type BrowserWindow } from 'electron';
import { migrationsFolder } from '../core/app-info';
import type { Core } from '../core/core';
import { createCore } from '../core/core';
import { dataPaths } from '../core/data-dir';
import { bindIpc } from './ipc';
import { chooseKeyStore } from './key-store';
import { installMenu } from './menu';
import { hardenSession, isAppUrl } from './security';
import { createMainWindow } from './window';

export const dataDirEnv = 'OPORA_DATA_DIR';

/** `--data-dir DIR` or `--data-dir=DIR` on the command line, else OPORA_DATA_DIR, else null. */
export function dataDirFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data-dir=')) return path.resolve(arg.slice('--data-dir='.length));
    const next = argv[i + 1];
    if (arg === '--data-dir' && next !== undefined && !next.startsWith('--')) return path.resolve(next);
  }
  return env[dataDirEnv] ? path.resolve(env[dataDirEnv]) : null;
}

export interface StartOptions {
  argv: readonly string[];
  /** The electron-vite output folder: main/, preload/index.cjs and renderer/index.html. */
  outDir: string;
}

export async function startApp(options: StartOptions): Promise<void> {
  // A chosen data folder becomes userData, so the single-instance lock (kept in userData)
  // guards exactly that folder: two processes never share one SQLite file, and the default
  // stays app.getPath('userData'), the same folder browser mode and the command line use.
  const dataDirArg = dataDirFromArgv(options.argv);
  if (dataDirArg) {
    // setPath throws for a folder that does not exist yet.
    fs.mkdirSync(dataDirArg, { recursive: true });
    app.setPath('userData', dataDirArg);
  }
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId('ru.opora.app');

  let window: BrowserWindow | null = null;
  let core: Core | null = null;
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());

  await app.whenReady();
  try {
    const dataDir = app.getPath('userData');
    hardenSession(session.defaultSession);
    // safeStorage answers reliably only after 'ready' (on Linux it needs the desktop session).
    const keyStore = chooseKeyStore(dataPaths(dataDir).keys, safeStorage);
    core = await createCore({
      dataDir,
      migrationsFolder: migrationsFolder(app.isPackaged ? process.resourcesPath : undefined),
      appVersion: app.getVersion(),
      keyStore,
    });
    if (core.problem) console.error(`[opora] ядро недоступно: ${core.problem.message}`);
    const indexFile = path.join(options.outDir, 'renderer', 'index.html');
    bindIpc(ipcMain, core, (frameUrl) => isAppUrl(frameUrl, indexFile));
    const devTools = !app.isPackaged;
    installMenu({ appVersion: app.getVersion(), dataDir, devTools }, () => window);
    window = createMainWindow({ preloadPath: path.join(options.outDir, 'preload', 'index.cjs'), indexFile, devTools });
    window.on('closed', () => {
      window = null;
    });
  } catch (error) {
    // Only a bug or a broken installation gets here (the core reports database problems itself).
    console.error('[opora] запуск не удался:', error);
    dialog.showErrorBox('Опора не запустилась', `Программа не смогла запуститься. Данные не изменены.\n\n${error instanceof Error ? error.message : String(error)}`);
    core?.close();
    app.exit(1);
  }
}
