/**
 * The IPC transport of the contract: ONE handled channel, `opora:invoke`, for every method.
 * Invariants: a call is served only when it comes from a frame showing the app's own page
 * (a frame that navigated elsewhere, or a foreign one, gets UNAUTHORIZED and the core is not
 * touched); the core validates method and input against the contract; the reply is always an
 * ApiReply, never a rejected promise, so no stack trace crosses into the page.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { ApiReply } from '../../shared/api/errors';
import type { Core } from '../core/core';
import { eventChannel, invokeChannel, type EventMessage } from '../preload/channels';

export type SenderCheck = (frameUrl: string | undefined) => boolean;

const foreignSender: ApiReply = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'Запрос не из окна приложения отклонён.' },
};

const internalFailure: ApiReply = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Внутренняя ошибка приложения. Данные не изменены; подробности записаны в журнал.' },
};

/** Registers the single invoke channel; returns a function that removes it (tests, shutdown). */
export function bindIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, core: Pick<Core, 'invoke'>, isTrustedSender: SenderCheck): () => void {
  ipcMain.handle(invokeChannel, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<ApiReply> => {
    // senderFrame is null when the frame has gone or navigated away since it sent the call.
    const frameUrl = event.senderFrame?.url;
    if (!isTrustedSender(frameUrl)) {
      console.warn(`[opora] вызов ${String(method).slice(0, 60)} из чужого окна (${String(frameUrl).slice(0, 200)}) отклонён`);
      return foreignSender;
    }
    try {
      return await core.invoke(method, input);
    } catch (error) {
      // core.invoke answers failures itself; this only guards against a bug there.
      console.error('[opora] ошибка ядра:', error);
      return internalFailure;
    }
  });
  return () => ipcMain.removeHandler(invokeChannel);
}

/** Pushes an event (e.g. import progress) to the page; preload's api.on delivers the payload. */
export function sendEvent(contents: Pick<WebContents, 'send' | 'isDestroyed'>, event: string, payload: unknown): void {
  if (contents.isDestroyed()) return;
  const message: EventMessage = { event, payload };
  contents.send(eventChannel, message);
}
