import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiReply } from '../../shared/api/errors';
import { bindIpc, sendEvent } from './ipc';

// security.ts imports electron's shell; the real package throws when its binary is missing.
vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));
const { isAppUrl } = await import('./security');

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<ApiReply>;

const indexFile = path.resolve('/opt/opora/out/renderer/index.html');
const ownUrl = `${pathToFileURL(indexFile).href}#/`;

function setup(invoke = vi.fn(async (_method: unknown, _input: unknown): Promise<ApiReply> => ({ ok: true, value: 'ответ' }))) {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  const unbind = bindIpc(ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>, { invoke }, (url) => isAppUrl(url, indexFile));
  const call = (frameUrl: string | null, method: unknown, input: unknown) => {
    const event = { senderFrame: frameUrl === null ? null : { url: frameUrl } } as unknown as IpcMainInvokeEvent;
    const handler = handlers.get('opora:invoke');
    if (!handler) throw new Error('канал не зарегистрирован');
    return handler(event, method, input);
  };
  return { handlers, ipcMain, invoke, unbind, call };
}

describe('bindIpc', () => {
  it('registers exactly one channel, opora:invoke', () => {
    const { ipcMain, handlers, unbind } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect([...handlers.keys()]).toEqual(['opora:invoke']);
    unbind();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('opora:invoke');
  });

  it('forwards method and input from the app page to core.invoke', async () => {
    const { call, invoke } = setup();
    await expect(call(ownUrl, 'passport.get', { year: '2025/2026' })).resolves.toEqual({ ok: true, value: 'ответ' });
    expect(invoke).toHaveBeenCalledWith('passport.get', { year: '2025/2026' });
  });

  it('rejects a foreign or vanished sender without touching the core', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { call, invoke } = setup();
    for (const frameUrl of ['https://evil.example/', pathToFileURL('/tmp/dropped.html').href, null]) {
      const reply = await call(frameUrl, 'app.status', {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('answers with an error reply, not a rejection, when the core throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call } = setup(vi.fn(async () => Promise.reject(new Error('секрет в стеке'))));
    const reply = await call(ownUrl, 'app.status', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(reply)).not.toContain('секрет');
  });
});

describe('sendEvent', () => {
  it('sends {event, payload} on opora:event unless the page is gone', () => {
    const contents = { send: vi.fn(), isDestroyed: vi.fn(() => false) };
    sendEvent(contents, 'import.progress', { done: 1, total: 3 });
    expect(contents.send).toHaveBeenCalledWith('opora:event', { event: 'import.progress', payload: { done: 1, total: 3 } });
    contents.isDestroyed.mockReturnValue(true);
    sendEvent(contents, 'import.progress', {});
    expect(contents.send).toHaveBeenCalledTimes(1);
  });
});
