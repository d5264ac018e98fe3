import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const order: string[] = [];
  const appListeners = new Map<string, () => void>();
  const window = { on: vi.fn(), isMinimized: vi.fn(() => true), restore: vi.fn(), focus: vi.fn() };
  const core = { problem: null as null | { code: string; message: string }, invoke: vi.fn(), close: vi.fn() };
  const app = {
    isPackaged: false,
    lock: true,
    setPath: vi.fn(),
    getPath: vi.fn(() => '/home/учитель/.config/Opora'),
    getVersion: () => '0.1.0',
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => app.lock),
    setAppUserModelId: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, listener: () => void) => appListeners.set(name, listener)),
    whenReady: vi.fn(async () => undefined),
  };
  return { order, appListeners, window, core, app };
});

vi.mock('electron', () => ({
  app: fake.app,
  dialog: { showErrorBox: vi.fn() },
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  safeStorage: { isEncryptionAvailable: () => false },
  session: { defaultSession: {} },
}));
vi.mock('../core/core', () => ({
  createCore: vi.fn(async (options: unknown) => {
    fake.order.push('core');
    return Object.assign(fake.core, { options });
  }),
}));
vi.mock('./security', () => ({ hardenSession: vi.fn(() => fake.order.push('session')), isAppUrl: vi.fn(() => true) }));
vi.mock('./menu', () => ({ installMenu: vi.fn() }));
vi.mock('./ipc', () => ({ bindIpc: vi.fn(() => fake.order.push('ipc')) }));
vi.mock('./window', () => ({
  createMainWindow: vi.fn((deps: unknown) => {
    fake.order.push('window');
    return Object.assign(fake.window, { deps });
  }),
}));

const { dataDirFromArgv, startApp } = await import('./lifecycle');
const { createCore } = await import('../core/core');
const { createMainWindow } = await import('./window');

const outDir = path.resolve('/opt/opora/out');

beforeEach(() => {
  fake.order.length = 0;
  fake.core.problem = null;
  fake.app.lock = true;
  vi.clearAllMocks();
});

describe('startApp', () => {
  it('hardens the session and opens the core before the window', async () => {
    await startApp({ argv: ['electron', '/opt/opora'], outDir });
    expect(fake.order).toEqual(['session', 'core', 'ipc', 'window']);
    expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/home/учитель/.config/Opora', appVersion: '0.1.0' }));
    expect(createMainWindow).toHaveBeenCalledWith({ preloadPath: path.join(outDir, 'preload', 'index.cjs'), indexFile: path.join(outDir, 'renderer', 'index.html'), devTools: true });
    expect(fake.app.setPath).not.toHaveBeenCalled();
  });

  it('still opens the window when the core reports a problem (recovery screen)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake.core.problem = { code: 'DB_TOO_NEW', message: 'База данных создана более новой версией' };
    await startApp({ argv: [], outDir });
    expect(fake.order).toContain('window');
    expect(fake.app.exit).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the data folder, and focuses that one', async () => {
    fake.app.lock = false;
    await startApp({ argv: [], outDir });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(createCore).not.toHaveBeenCalled();
    fake.app.lock = true;
    await startApp({ argv: [], outDir });
    fake.appListeners.get('second-instance')?.();
    expect(fake.window.restore).toHaveBeenCalled();
    expect(fake.window.focus).toHaveBeenCalled();
  });

  it('closes the core when the app quits', async () => {
    await startApp({ argv: [], outDir });
    fake.appListeners.get('will-quit')?.();
    expect(fake.core.close).toHaveBeenCalled();
  });

  it('makes --data-dir the userData folder, creating it, before taking the lock', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-lifecycle-'));
    const dataDir = path.join(parent, 'данные');
    try {
      await startApp({ argv: ['electron', '.', '--data-dir', dataDir], outDir });
      expect(fs.statSync(dataDir).isDirectory()).toBe(true);
      expect(fake.app.setPath).toHaveBeenCalledWith('userData', dataDir);
      expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('dataDirFromArgv', () => {
  it('reads --data-dir DIR, --data-dir=DIR or OPORA_DATA_DIR', () => {
    expect(dataDirFromArgv(['x', '--data-dir', 'd1'], {})).toBe(path.resolve('d1'));
    expect(dataDirFromArgv(['x', '--data-dir=/d2'], {})).toBe(path.resolve('/d2'));
    expect(dataDirFromArgv(['x'], { OPORA_DATA_DIR: '/d3' })).toBe(path.resolve('/d3'));
    expect(dataDirFromArgv(['x', '--data-dir', '--port'], {})).toBeNull();
    expect(dataDirFromArgv([], {})).toBeNull();
  });
});
