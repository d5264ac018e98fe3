/**
 * The main window. Invariants: the page runs with context isolation, sandbox, no Node and no
 * <webview>; it can reach the main process only through the preload; it can never navigate
 * away from the app's own index.html nor open another window. Links to https sites open in the
 * system browser through safeOpenExternal; everything else is refused.
 */
import { BrowserWindow, type WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl, safeOpenExternal } from './security';

export interface MainWindowDeps {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Absolute path of the built UI (out/renderer/index.html). */
  indexFile: string;
  /** Developer tools only in development: a packaged app has no use for them. */
  devTools: boolean;
}

export const windowTitle = 'Опора';

export function secureWebPreferences(deps: MainWindowDeps): Electron.WebPreferences {
  return {
    preload: deps.preloadPath,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: deps.devTools,
  };
}

/** Applies the navigation and window-opening rules to one web contents. */
export function guardWebContents(contents: WebContents, indexFile: string): void {
  const refuse = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url, indexFile)) return;
    event.preventDefault();
    // A plain <a href="https://…"> should still work for the person: in their browser.
    if (isSafeExternalUrl(url)) void safeOpenExternal(url);
    else console.warn(`[opora] переход отклонён: ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', (event) => refuse(event, event.url));
  contents.on('will-redirect', (event) => refuse(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void safeOpenExternal(url);
    return { action: 'deny' };
  });
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = new BrowserWindow({
    title: windowTitle,
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    // Shown once painted, so a slow disk never flashes an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(deps),
  });
  guardWebContents(window.webContents, deps.indexFile);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(deps.indexFile).catch((error: unknown) => {
    console.error('[opora] не удалось загрузить интерфейс:', error);
  });
  return window;
}
