import { describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, message: unknown) => void;

const fake = vi.hoisted(() => {
  const listeners = new Set<Listener>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
    emit(message: unknown) {
      for (const listener of listeners) listener({ sender: 'ipc-объект' }, message);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (_channel: string, listener: Listener) => fake.listeners.add(listener),
    removeListener: (_channel: string, listener: Listener) => fake.listeners.delete(listener),
  },
}));

await import('../preload/index');
const api = fake.exposed.get('api') as { invoke: (method: string, input?: unknown) => Promise<unknown>; on: (event: string, callback: (payload: unknown) => void) => () => void };

describe('preload', () => {
  it('exposes only window.api with invoke and on', () => {
    expect([...fake.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('invokes through the single opora:invoke channel', async () => {
    await api.invoke('profile.get', {});
    expect(fake.invoke).toHaveBeenCalledWith('opora:invoke', 'profile.get', {});
  });

  it('delivers only the payload of the subscribed event and unsubscribes', () => {
    const callback = vi.fn();
    const unsubscribe = api.on('import.progress', callback);
    fake.emit({ event: 'import.progress', payload: { done: 2 } });
    fake.emit({ event: 'other', payload: 1 });
    fake.emit('мусор');
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith({ done: 2 });
    unsubscribe();
    fake.emit({ event: 'import.progress', payload: { done: 3 } });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(fake.listeners.size).toBe(0);
  });
});
