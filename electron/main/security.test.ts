import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../host/csp';

// The real electron package throws on import when its binary is missing (as on this machine).
vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));
const { cspHeaderValue, hardenSession, isAppUrl } = await import('./security');

type HeadersListener = (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void;

function fakeSession() {
  const handlers: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: () => boolean;
    device?: () => boolean;
    headers?: HeadersListener;
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: typeof handlers.request) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: typeof handlers.check) => (handlers.check = handler),
    setDevicePermissionHandler: (handler: typeof handlers.device) => (handlers.device = handler),
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (handlers.headers = listener) },
  };
  hardenSession(session as unknown as Electron.Session);
  return handlers;
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handlers = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });

  it('puts the strict CSP on every response, replacing any policy the response brings', () => {
    const handlers = fakeSession();
    const callback = vi.fn();
    handlers.headers?.({ responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [cspHeaderValue] } });
    expect(cspHeaderValue.startsWith(contentSecurityPolicy)).toBe(true);
    expect(cspHeaderValue).toMatch(/^default-src 'none'/);
  });
});

describe('isAppUrl', () => {
  const indexFile = path.resolve('/opt/opora/out/renderer/index.html');
  const own = pathToFileURL(indexFile).href;

  it('accepts the app page whatever its hash or query', () => {
    expect(isAppUrl(own, indexFile)).toBe(true);
    expect(isAppUrl(`${own}#/passport/2025-2026`, indexFile)).toBe(true);
    expect(isAppUrl(`${own}?x=1`, indexFile)).toBe(true);
  });

  it('refuses other files, other schemes and garbage', () => {
    for (const url of [pathToFileURL(path.resolve('/opt/opora/out/renderer/other.html')).href, 'file://server/opt/opora/out/renderer/index.html', 'http://127.0.0.1/index.html', 'about:blank', 'devtools://devtools/bundled/index.html', '', 'не ссылка', undefined, null]) {
      expect(isAppUrl(url, indexFile)).toBe(false);
    }
  });

  it('ignores the case of Windows paths only on Windows', () => {
    const upper = own.replace('/opt/opora/', '/OPT/OPORA/');
    expect(isAppUrl(upper, indexFile, 'linux')).toBe(false);
    expect(isAppUrl(upper, indexFile.toUpperCase(), 'win32')).toBe(true);
  });
});
