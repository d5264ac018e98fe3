/**
 * The preload: the only bridge between the untrusted UI and the main process. It exposes
 * exactly `window.api.invoke(method, input)` and `window.api.on(event, callback)`; no
 * ipcRenderer, no Node objects and no IPC event objects reach the page (the callback gets the
 * payload only), so a compromised page can do no more than call contract methods, which the
 * core validates. Runs sandboxed, so it is bundled as CommonJS and imports nothing but electron.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannel, invokeChannel, isEventMessage } from './channels';

export interface PreloadApi {
  invoke(method: string, input?: unknown): Promise<unknown>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

export const api: PreloadApi = {
  invoke(method, input) {
    return ipcRenderer.invoke(invokeChannel, method, input);
  },
  on(event, callback) {
    if (typeof event !== 'string' || typeof callback !== 'function') throw new TypeError('api.on(event, callback)');
    const listener = (_event: IpcRendererEvent, message: unknown) => {
      if (isEventMessage(message) && message.event === event) callback(message.payload);
    };
    ipcRenderer.on(eventChannel, listener);
    return () => {
      ipcRenderer.removeListener(eventChannel, listener);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
