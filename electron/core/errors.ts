/**
 * Turns anything thrown inside the core into a reply a person can read. Expected failures are
 * AppErrors; storage failures get a Russian explanation; anything else is logged with its stack
 * on the core's side and reaches the UI as a short message without internals.
 */
import { AppError, type ApiErrorShape } from '../../shared/api/errors';

const storageMessages: Record<string, ApiErrorShape> = {
  SQLITE_FULL: { code: 'DISK_FULL', message: 'Недостаточно места на диске: изменения не сохранены. Освободите место и повторите — введённые данные остались в форме.' },
  ENOSPC: { code: 'DISK_FULL', message: 'Недостаточно места на диске: файл не записан. Освободите место и повторите.' },
  SQLITE_READONLY: { code: 'DB_UNAVAILABLE', message: 'База данных открыта только для чтения: изменения не сохранены. Проверьте права на папку данных.' },
  SQLITE_BUSY: { code: 'DB_UNAVAILABLE', message: 'База данных занята другой программой: изменения не сохранены. Повторите через несколько секунд.' },
  SQLITE_CORRUPT: { code: 'DB_UNAVAILABLE', message: 'База данных повреждена: изменения не сохранены. Восстановите её из резервной копии.' },
  EACCES: { code: 'DB_UNAVAILABLE', message: 'Нет прав на запись в папку данных: изменения не сохранены.' },
};

export function toApiError(error: unknown, log: (line: string) => void = (line) => console.error(line)): ApiErrorShape {
  if (error instanceof AppError) return error.toShape();
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && storageMessages[code]) return storageMessages[code];
  log(`[opora] внутренняя ошибка: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return { code: 'INTERNAL', message: 'Внутренняя ошибка приложения. Данные не изменены; подробности записаны в журнал.' };
}
