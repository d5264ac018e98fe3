/**
 * The UI's one way to reach the core. In the desktop app it goes through the preload's
 * `window.api` (IPC); in browser mode through the loopback host with the per-run token that
 * arrived in the URL fragment (kept in sessionStorage so a reload keeps working, and removed
 * from the address bar so it is not copied by accident).
 */
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { isApiErrorShape, type ApiReply, type ErrorCode } from '../../../shared/api/errors';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const tokenKey = 'opora.token';

export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(tokenKey, decodeURIComponent(match[1]));
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(tokenKey);
}

async function invokeOverHttp(method: string, input: unknown): Promise<ApiReply> {
  let response: Response;
  try {
    response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Opora-Token': sessionStorage.getItem(tokenKey) ?? '' },
      body: JSON.stringify({ method, input }),
    });
  } catch {
    throw new ApiError('NETWORK', 'Нет связи с приложением: окно браузера открыто, а «Опора» не запущена. Запустите её снова — введённые данные не потеряются.');
  }
  const reply = (await response.json().catch(() => null)) as ApiReply | null;
  if (!reply) throw new ApiError('INTERNAL', `Приложение ответило непонятно (код ${response.status})`);
  return reply;
}

export async function invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const reply = window.api ? await window.api.invoke(method, input) : await invokeOverHttp(method, input);
  if (reply.ok) return reply.value as MethodOutput<M>;
  const error = isApiErrorShape(reply.error) ? reply.error : { code: 'INTERNAL' as const, message: 'Неизвестная ошибка' };
  throw new ApiError(error.code, error.message);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
