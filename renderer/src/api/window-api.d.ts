// What the Electron preload exposes (electron/preload). Absent in browser mode.
import type { ApiReply } from '../../../shared/api/errors';

declare global {
  interface Window {
    api?: {
      invoke(method: string, input: unknown): Promise<ApiReply>;
      on(event: string, callback: (payload: unknown) => void): () => void;
    };
  }
}

export {};
