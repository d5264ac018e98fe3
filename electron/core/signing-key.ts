/**
 * The installation's private key, loaded for signing. Invariant: a package is only signed by
 * the key whose public half this installation announced at setup (installation.publicKey).
 */
import { AppError } from '../../shared/api/errors';
import type { InstallationRow } from '../../db/schema';
import type { CoreContext } from './context';
import { publicKeyOf } from './signing';

export function loadSigningKey(context: CoreContext, installation: InstallationRow): Buffer {
  let key: Buffer | null;
  try {
    key = context.keyStore.load();
  } catch (error) {
    throw new AppError('KEY_UNAVAILABLE', `Закрытый ключ подписи недоступен: ${(error as Error).message}`);
  }
  if (!key) {
    throw new AppError(
      'KEY_UNAVAILABLE',
      `Закрытый ключ подписи не найден (${context.keyStore.protection().description}). Если эта копия открывалась в настольном приложении, ключ хранится в системном хранилище: сформируйте пакет там.`,
    );
  }
  if (publicKeyOf(key) !== installation.publicKey) {
    throw new AppError('KEY_UNAVAILABLE', 'Найденный закрытый ключ не соответствует ключу этой копии (отпечаток другой): пакет не подписан. Восстановите папку keys из резервной копии.');
  }
  return key;
}
