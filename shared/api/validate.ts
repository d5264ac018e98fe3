/**
 * Boundary validation shared by both transports: parses a method's input against the contract
 * and turns a zod failure into one Russian sentence that names the field.
 */
import { contract, isMethodName, type MethodName } from './contract';
import { AppError } from './errors';
import type { z } from './zod';

export function describeZodError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Неверные данные';
  const where = first.path.length > 0 ? ` (поле ${first.path.join('.')})` : '';
  return `${first.message}${where}`;
}

export function parseMethodInput(method: unknown, input: unknown): { method: MethodName; input: unknown } {
  if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', `Неизвестная операция: ${String(method).slice(0, 60)}`);
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) throw new AppError('INVALID_INPUT', `Неверные данные: ${describeZodError(parsed.error)}`);
  return { method, input: parsed.data };
}
