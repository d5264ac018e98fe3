/**
 * The installation's Ed25519 signing key (Node's crypto). The public key travels as base64 of
 * its SPKI DER; the fingerprint is 20 decimal digits in five groups, short enough to read aloud
 * over the phone, taken from the SHA-256 of that DER.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

export interface GeneratedKeyPair {
  publicKey: string;
  privateKeyPkcs8: Buffer;
}

export function generateSigningKeyPair(): GeneratedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKeyPkcs8: privateKey.export({ type: 'pkcs8', format: 'der' }),
  };
}

export function fingerprintOf(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest();
  const number = digest.readBigUInt64BE(0) * 256n + BigInt(digest[8] ?? 0);
  const digits = (number % 10n ** 20n).toString().padStart(20, '0');
  return digits.match(/\d{4}/g)?.join('-') ?? digits;
}

export function publicKeyOf(privateKeyPkcs8: Buffer): string {
  const privateKey = createPrivateKey({ key: privateKeyPkcs8, format: 'der', type: 'pkcs8' });
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
}

export function signBytes(privateKeyPkcs8: Buffer, data: Uint8Array): Buffer {
  return sign(null, data, createPrivateKey({ key: privateKeyPkcs8, format: 'der', type: 'pkcs8' }));
}

export function verifyBytes(publicKeyBase64: string, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}
