/**
 * What the desktop shell trusts, in one place:
 * - the app's own page is the built index.html loaded from disk (any #hash or ?query); the
 *   navigation guards and the IPC sender check share this one predicate, so a page from
 *   anywhere else can neither replace the UI nor talk to the core;
 * - the only thing opened outside the app is an https link, in the system browser
 *   (shell.openExternal hands a URL to the OS, and some schemes run programs);
 * - no permission (camera, microphone, notifications, USB…) is ever granted, and every response
 *   carries the loopback host's strict CSP. The CSP is also a meta tag in renderer/index.html,
 *   because Chromium does not pass file:// loads through webRequest.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shell, type Session } from 'electron';
import { contentSecurityPolicy } from '../host/csp';

export function isAppUrl(candidate: string | null | undefined, indexFile: string, platform: NodeJS.Platform = process.platform): boolean {
  if (typeof candidate !== 'string' || candidate === '') return false;
  let file: string;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false;
    url.hash = '';
    url.search = '';
    file = fileURLToPath(url);
  } catch {
    return false;
  }
  const expected = path.resolve(indexFile);
  // Windows paths are case-insensitive, and Chromium may report the drive letter in either case.
  return platform === 'win32' ? file.toLowerCase() === expected.toLowerCase() : file === expected;
}

export function isSafeExternalUrl(candidate: unknown): boolean {
  if (typeof candidate !== 'string' || candidate.length > 2048) return false;
  try {
    const url = new URL(candidate);
    // Credentials in a link are a classic phishing disguise (https://school.ru@evil.example).
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Opens an https URL in the system browser; returns false (and opens nothing) for anything else. */
export async function safeOpenExternal(candidate: unknown): Promise<boolean> {
  if (!isSafeExternalUrl(candidate)) {
    console.warn(`[opora] отказано в открытии внешней ссылки: ${String(candidate).slice(0, 200)}`);
    return false;
  }
  await shell.openExternal(new URL(candidate as string).href);
  return true;
}

/** frame-ancestors is ignored in a meta tag, so the header adds it. */
export const cspHeaderValue = `${contentSecurityPolicy}; frame-ancestors 'none'`;

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    console.warn(`[opora] запрос разрешения «${permission}» отклонён`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Drop any policy a response brings so that ours is the only one in force.
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [cspHeaderValue];
    callback({ responseHeaders: headers });
  });
}
