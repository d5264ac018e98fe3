/**
 * The desktop key store: the private signing key encrypted with Electron's safeStorage (DPAPI
 * on Windows, the Keychain on macOS, Secret Service/KWallet on Linux), so a copied data folder
 * does not carry a usable key. Invariants: the key is never silently lost or replaced — a key
 * from browser mode is moved in only after the encrypted copy decrypts back to the same bytes,
 * and an encrypted key that cannot be decrypted is an error (KEY_UNAVAILABLE), never "no key".
 * Where the OS offers no real keychain (Linux 'basic_text'), the user-file store is used.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { AppError } from '../../shared/api/errors';
import type { KeyProtection } from '../../shared/api/schemas';
import { writeFileAtomic } from '../core/files';
import { UserFileKeyStore, type KeyStore } from '../core/key-store';

export const encryptedKeyFileName = 'signing-key.enc';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

const backendNames: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'Windows, защита данных учётной записи',
  darwin: 'Связка ключей macOS',
  linux: 'хранилище паролей рабочего стола',
};

export class SafeStorageKeyStore implements KeyStore {
  readonly file: string;
  private readonly plain: UserFileKeyStore;

  constructor(
    keysDir: string,
    private readonly safeStorage: SafeStorageLike,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {
    this.file = path.join(keysDir, encryptedKeyFileName);
    this.plain = new UserFileKeyStore(keysDir);
  }

  protection(): KeyProtection {
    const backend = backendNames[this.platform] ?? 'системное хранилище ключей';
    return {
      kind: 'os-keychain',
      description: `Закрытый ключ подписи зашифрован системным хранилищем ключей (${backend}) и лежит в файле ${this.file}. Расшифровать его можно только под вашей учётной записью на этом компьютере: копия папки данных ключа не выдаст.`,
    };
  }

  save(privateKeyPkcs8: Buffer): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, this.safeStorage.encryptString(privateKeyPkcs8.toString('base64')), 0o600);
  }

  load(): Buffer | null {
    if (fs.existsSync(this.file)) return this.decrypt();
    // A key left by browser mode: bring it in now rather than report "no key".
    return this.migratePlainKey();
  }

  /**
   * Moves a plain key file into safeStorage. Deletes the plain file only after the encrypted
   * copy reads back identical; a copy that does not is removed again and the plain file kept.
   * Leaves both files alone when they hold different keys (the encrypted one is in force).
   * Returns the key now in force, or null when there is no plain key.
   */
  migratePlainKey(): Buffer | null {
    const plainKey = this.plain.load();
    if (plainKey === null) return null;
    const created = !fs.existsSync(this.file);
    if (created) this.save(plainKey);
    let stored: Buffer;
    try {
      stored = this.decrypt();
      if (created && !stored.equals(plainKey)) throw new Error('зашифрованная копия ключа не совпала с исходной');
    } catch (error) {
      if (created) fs.rmSync(this.file, { force: true });
      throw error;
    }
    if (!stored.equals(plainKey)) {
      console.warn(`[opora] файлы ${this.plain.file} и ${this.file} содержат разные ключи; оба оставлены без изменений`);
      return stored;
    }
    fs.rmSync(this.plain.file, { force: true });
    return stored;
  }

  private decrypt(): Buffer {
    if (!this.safeStorage.isEncryptionAvailable()) {
      throw new AppError('KEY_UNAVAILABLE', 'Системное хранилище ключей недоступно, поэтому ключ подписи не расшифровать. Войдите в систему под своей учётной записью (на Linux — разблокируйте хранилище паролей) и перезапустите программу.');
    }
    try {
      return Buffer.from(this.safeStorage.decryptString(fs.readFileSync(this.file)), 'base64');
    } catch {
      throw new AppError('KEY_UNAVAILABLE', `Ключ подписи не удалось расшифровать (${this.file}). Он зашифрован под другой учётной записью или на другом компьютере. Файл не изменён.`);
    }
  }
}

/** Whether safeStorage gives real OS protection here. Call only after app 'ready' (Linux). */
export function osKeychainUsable(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  // 'basic_text' encrypts with a constant password: no better than a user-only file.
  return !(platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
}

export function chooseKeyStore(keysDir: string, safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): KeyStore {
  const encrypted = fs.existsSync(path.join(keysDir, encryptedKeyFileName));
  if (!osKeychainUsable(safeStorage, platform)) {
    // An encrypted key stays authoritative: its store will say clearly why it cannot be read.
    return encrypted ? new SafeStorageKeyStore(keysDir, safeStorage, platform) : new UserFileKeyStore(keysDir);
  }
  const store = new SafeStorageKeyStore(keysDir, safeStorage, platform);
  try {
    store.migratePlainKey();
  } catch (error) {
    console.error('[opora] ключ из файла не перенесён в системное хранилище:', error);
    if (!encrypted) return new UserFileKeyStore(keysDir);
  }
  return store;
}
