/**
 * Errors that cross the boundary. A reply is either `{ ok: true, value }` or
 * `{ ok: false, error: { code, message } }`; the message is Russian and meant for a person,
 * the code is for programs. Stack traces never cross.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NOT_INITIALIZED',
  'ALREADY_INITIALIZED',
  'WRONG_MODE',
  'NOT_FOUND',
  'CONFLICT',
  'VALIDATION_FAILED',
  'DISK_FULL',
  'DB_UNAVAILABLE',
  'DB_TOO_NEW',
  'KEY_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
}

export type ApiReply<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** An expected failure with a message written for the person using the app. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && typeof v.code === 'string' && (errorCodes as readonly string[]).includes(v.code);
}
