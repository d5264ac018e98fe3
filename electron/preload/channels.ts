/**
 * The two IPC channels between the preload and the main process. Everything the UI asks goes
 * through `invoke` (one channel for the whole contract, so there is one place that checks the
 * sender); everything the core pushes (progress) comes back on `event` as `{event, payload}`.
 * Kept free of imports so that the sandboxed preload bundle stays tiny.
 */
export const invokeChannel = 'opora:invoke';
export const eventChannel = 'opora:event';

export interface EventMessage {
  event: string;
  payload: unknown;
}

export function isEventMessage(value: unknown): value is EventMessage {
  return typeof value === 'object' && value !== null && typeof (value as { event?: unknown }).event === 'string';
}
