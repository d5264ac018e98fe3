import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserFileKeyStore } from '../core/key-store';
import { generateSigningKeyPair } from '../core/signing';
import { chooseKeyStore, encryptedKeyFileName, SafeStorageKeyStore, type SafeStorageLike } from './key-store';

/** A reversible stand-in for safeStorage: XOR with a per-"account" byte that it also records,
 * so that another account (or another computer) fails to decrypt, as the real one does. */
function fakeSafeStorage(options: { available?: boolean; backend?: ReturnType<SafeStorageLike['getSelectedStorageBackend']>; account?: number } = {}) {
  const account = options.account ?? 0x5a;
  return {
    isEncryptionAvailable: vi.fn(() => options.available ?? true),
    getSelectedStorageBackend: vi.fn(() => options.backend ?? 'gnome_libsecret'),
    encryptString: vi.fn((text: string) => Buffer.concat([Buffer.from([account]), Buffer.from(text).map((b) => b ^ account)])),
    decryptString: vi.fn((data: Buffer) => {
      if (data[0] !== account) throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(data.subarray(1).map((b) => b ^ account)).toString();
    }),
  } satisfies SafeStorageLike;
}

let keysDir: string;
beforeEach(() => {
  keysDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'opora-keys-')), 'keys');
});
afterEach(() => {
  fs.rmSync(path.dirname(keysDir), { recursive: true, force: true });
});

const newKey = () => generateSigningKeyPair().privateKeyPkcs8;

describe('SafeStorageKeyStore', () => {
  it('round-trips the key through safeStorage into keys/signing-key.enc, readable by the owner only', () => {
    const store = new SafeStorageKeyStore(keysDir, fakeSafeStorage(), 'linux');
    const key = newKey();
    expect(store.load()).toBeNull();
    store.save(key);
    const file = path.join(keysDir, encryptedKeyFileName);
    expect(fs.readFileSync(file).includes(key.toString('base64'))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(store.load()?.equals(key)).toBe(true);
    expect(store.protection()).toMatchObject({ kind: 'os-keychain' });
    expect(store.protection().description).toMatch(/зашифрован/);
  });

  it('refuses with KEY_UNAVAILABLE, and keeps the file, when the key cannot be decrypted', () => {
    const key = newKey();
    new SafeStorageKeyStore(keysDir, fakeSafeStorage({ account: 1 }), 'linux').save(key);
    const other = new SafeStorageKeyStore(keysDir, fakeSafeStorage({ account: 2 }), 'linux');
    expect(() => other.load()).toThrow(expect.objectContaining({ code: 'KEY_UNAVAILABLE' }));
    const locked = new SafeStorageKeyStore(keysDir, fakeSafeStorage({ available: false }), 'linux');
    expect(() => locked.load()).toThrow(expect.objectContaining({ code: 'KEY_UNAVAILABLE' }));
    expect(fs.existsSync(path.join(keysDir, encryptedKeyFileName))).toBe(true);
  });
});

describe('chooseKeyStore', () => {
  it('uses safeStorage when the OS keychain works', () => {
    expect(chooseKeyStore(keysDir, fakeSafeStorage(), 'linux')).toBeInstanceOf(SafeStorageKeyStore);
    expect(chooseKeyStore(keysDir, fakeSafeStorage({ backend: 'basic_text' }), 'win32')).toBeInstanceOf(SafeStorageKeyStore);
  });

  it("falls back to the user file when encryption is unavailable or Linux offers only 'basic_text'", () => {
    const unavailable = chooseKeyStore(keysDir, fakeSafeStorage({ available: false }), 'win32');
    expect(unavailable).toBeInstanceOf(UserFileKeyStore);
    expect(unavailable.protection().kind).toBe('user-file');
    expect(chooseKeyStore(keysDir, fakeSafeStorage({ backend: 'basic_text' }), 'linux')).toBeInstanceOf(UserFileKeyStore);
  });

  it('keeps an existing encrypted key authoritative even when the keychain is locked', () => {
    new SafeStorageKeyStore(keysDir, fakeSafeStorage(), 'linux').save(newKey());
    const store = chooseKeyStore(keysDir, fakeSafeStorage({ available: false }), 'linux');
    expect(store).toBeInstanceOf(SafeStorageKeyStore);
    expect(() => store.load()).toThrow(expect.objectContaining({ code: 'KEY_UNAVAILABLE' }));
  });

  it('migrates a plain key from browser mode into safeStorage and deletes the plain file', () => {
    const key = newKey();
    const plain = new UserFileKeyStore(keysDir);
    plain.save(key);
    const store = chooseKeyStore(keysDir, fakeSafeStorage(), 'linux');
    expect(store).toBeInstanceOf(SafeStorageKeyStore);
    expect(fs.existsSync(plain.file)).toBe(false);
    expect(fs.existsSync(path.join(keysDir, encryptedKeyFileName))).toBe(true);
    expect(store.load()?.equals(key)).toBe(true);
  });

  it('keeps the plain key, and uses it, when the encrypted copy does not read back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const key = newKey();
    const plain = new UserFileKeyStore(keysDir);
    plain.save(key);
    const broken = { ...fakeSafeStorage(), decryptString: vi.fn(() => 'bm90IHRoZSBrZXk=') };
    const store = chooseKeyStore(keysDir, broken, 'linux');
    expect(store).toBeInstanceOf(UserFileKeyStore);
    expect(store.load()?.equals(key)).toBe(true);
    expect(fs.existsSync(path.join(keysDir, encryptedKeyFileName))).toBe(false);
  });

  it('leaves both files alone when they hold different keys', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const encrypted = newKey();
    new SafeStorageKeyStore(keysDir, fakeSafeStorage(), 'linux').save(encrypted);
    const plain = new UserFileKeyStore(keysDir);
    plain.save(newKey());
    const store = chooseKeyStore(keysDir, fakeSafeStorage(), 'linux');
    expect(store.load()?.equals(encrypted)).toBe(true);
    expect(fs.existsSync(plain.file)).toBe(true);
  });
});
