/**
 * Where the private signing key lives. The core only sees this interface: the desktop shell
 * passes a store backed by Electron's safeStorage (OS keychain); browser mode and the command
 * line use a file readable only by the current user. The key never leaves the installation.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KeyProtection } from '../../shared/api/schemas';
import { writeFileAtomic } from './files';

export interface KeyStore {
  protection(): KeyProtection;
  save(privateKeyPkcs8: Buffer): void;
  /** The stored key, or null when this store holds none. */
  load(): Buffer | null;
}

export const plainKeyFileName = 'signing-key.pem';

export class UserFileKeyStore implements KeyStore {
  readonly file: string;

  constructor(keysDir: string) {
    this.file = path.join(keysDir, plainKeyFileName);
  }

  protection(): KeyProtection {
    return {
      kind: 'user-file',
      description: `Закрытый ключ подписи хранится в файле ${this.file}, доступном только вашей учётной записи. Системное хранилище ключей здесь недоступно: берегите доступ к компьютеру и резервные копии.`,
    };
  }

  save(privateKeyPkcs8: Buffer): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const pem = `-----BEGIN PRIVATE KEY-----\n${privateKeyPkcs8.toString('base64')}\n-----END PRIVATE KEY-----\n`;
    writeFileAtomic(this.file, pem, 0o600);
  }

  load(): Buffer | null {
    if (!fs.existsSync(this.file)) return null;
    const pem = fs.readFileSync(this.file, 'utf8');
    return Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
  }
}
