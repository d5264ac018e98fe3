import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type NavigationEvent = { url: string; preventDefault: () => void };
type OpenHandler = (details: { url: string }) => { action: string };

const fake = vi.hoisted(() => {
  class FakeWebContents {
    listeners = new Map<string, ((event: NavigationEvent) => void)[]>();
    openHandler: OpenHandler | null = null;
    on(name: string, listener: (event: NavigationEvent) => void) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: OpenHandler) {
      this.openHandler = handler;
    }
    emit(name: string, url: string) {
      const event = { url, preventDefault: vi.fn() };
      for (const listener of this.listeners.get(name) ?? []) listener(event);
      return event;
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    loadFile = vi.fn(async (_file: string) => undefined);
    constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    once() {
      return this;
    }
    show() {}
  }
  return { FakeBrowserWindow, openExternal: vi.fn(async (_url: string) => undefined) };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow, shell: { openExternal: fake.openExternal } }));

const { createMainWindow } = await import('./window');
const { safeOpenExternal, isSafeExternalUrl } = await import('./security');

const indexFile = path.resolve('/opt/opora/out/renderer/index.html');
const deps = { preloadPath: path.resolve('/opt/opora/out/preload/index.cjs'), indexFile, devTools: false };

function openWindow() {
  createMainWindow(deps);
  const window = fake.FakeBrowserWindow.created.at(-1);
  if (!window) throw new Error('окно не создано');
  return window;
}

beforeEach(() => {
  fake.FakeBrowserWindow.created = [];
  fake.openExternal.mockClear();
  // The refusals are logged on purpose; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('createMainWindow', () => {
  it('creates the window with secure webPreferences and the preload', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webviewTag: false,
      webSecurity: true,
      devTools: false,
      preload: deps.preloadPath,
    });
    expect(window.loadFile).toHaveBeenCalledWith(indexFile);
  });

  it('prevents navigation to a foreign URL and allows the app page', () => {
    const window = openWindow();
    expect(window.webContents.emit('will-navigate', 'http://evil.example/').preventDefault).toHaveBeenCalled();
    expect(window.webContents.emit('will-navigate', pathToFileURL('/etc/passwd').href).preventDefault).toHaveBeenCalled();
    expect(window.webContents.emit('will-redirect', 'http://evil.example/').preventDefault).toHaveBeenCalled();
    const own = `${pathToFileURL(indexFile).href}#/passport`;
    expect(window.webContents.emit('will-navigate', own).preventDefault).not.toHaveBeenCalled();
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('sends an https link the page tried to follow to the system browser instead', () => {
    const window = openWindow();
    expect(window.webContents.emit('will-navigate', 'https://edu.gov.ru/').preventDefault).toHaveBeenCalled();
    expect(fake.openExternal).toHaveBeenCalledWith('https://edu.gov.ru/');
  });

  it('denies every new window, opening only https links externally', () => {
    const handler = openWindow().webContents.openHandler;
    expect(handler?.({ url: 'https://edu.gov.ru/page' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(fake.openExternal).toHaveBeenCalledTimes(1);
    expect(fake.openExternal).toHaveBeenCalledWith('https://edu.gov.ru/page');
  });

  it('refuses to attach a webview', () => {
    expect(openWindow().webContents.emit('will-attach-webview', 'about:blank').preventDefault).toHaveBeenCalled();
  });
});

describe('safeOpenExternal', () => {
  it('opens https URLs only', async () => {
    expect(await safeOpenExternal('https://example.org/a?b=1')).toBe(true);
    for (const url of ['http://example.org/', 'file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'https://school.ru@evil.example/', 'не ссылка', 42]) {
      expect(await safeOpenExternal(url)).toBe(false);
    }
    expect(fake.openExternal).toHaveBeenCalledTimes(1);
    expect(isSafeExternalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBe(false);
  });
});
