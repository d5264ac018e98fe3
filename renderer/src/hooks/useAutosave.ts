/**
 * Autosave for forms. Invariant: nothing typed is lost. Every change is kept in memory and in a
 * local draft (localStorage) until the core confirms it; saves are debounced, one at a time,
 * retried on the next change or on demand, and flushed when the page is hidden or closed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/client';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

export interface Autosave<T> {
  state: SaveState;
  change: (value: T) => void;
  flush: () => Promise<void>;
}

export function readDraft<T>(draftKey: string): T | null {
  try {
    const text = localStorage.getItem(draftKey);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

export function useAutosave<T>(save: (value: T) => Promise<string>, draftKey: string, delayMs = 600): Autosave<T> {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const latest = useRef<{ value: T; version: number } | null>(null);
  const savedVersion = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One save at a time; keep going until the latest change is saved or a save fails.
    for (;;) {
      if (inFlight.current) {
        await inFlight.current;
        continue;
      }
      const pending = latest.current;
      if (!pending || pending.version === savedVersion.current) return;
      setState({ kind: 'saving' });
      let succeeded = false;
      const run = (async () => {
        try {
          const at = await saveRef.current(pending.value);
          savedVersion.current = pending.version;
          succeeded = true;
          if (latest.current?.version === pending.version) {
            localStorage.removeItem(draftKey);
            setState({ kind: 'saved', at });
          }
        } catch (error) {
          setState({ kind: 'failed', message: messageOf(error) });
        } finally {
          inFlight.current = null;
        }
      })();
      inFlight.current = run;
      await run;
      if (!succeeded) return;
    }
  }, [draftKey]);

  const change = useCallback(
    (value: T) => {
      const version = (latest.current?.version ?? 0) + 1;
      latest.current = { value, version };
      try {
        localStorage.setItem(draftKey, JSON.stringify(value));
      } catch {
        // A full localStorage must not stop typing; the value is still in memory.
      }
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, draftKey, flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { state, change, flush };
}
