/**
 * What exactly is hashed and signed, and how the signed JSON is stored in cells.
 * Invariant: the signature is Ed25519 over the UTF-8 bytes of the RFC 8785 canonical JSON of
 * {manifest, payload}, and the manifest carries the SHA-256 and UTF-8 length of the canonical
 * JSON of the payload. The cell text is a JSON text of the same value (escaped where Excel or
 * LibreOffice would change it), so readers re-canonicalize before hashing: how the text is
 * stored never matters, only the value it parses to.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { exchangeFormatVersion, signerRoleOf, type Manifest, type ManifestDraft, type PackageKind } from '../../../shared/api/exchange-schemas';
import { fingerprintOf, signBytes } from '../signing';

export const appName = 'Опора';

/** RFC 8785 canonical JSON; throws on values JSON cannot carry exactly (lone surrogates, NaN). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Значение не представимо в JSON');
  return text;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function payloadDigest(payload: unknown): { payloadSha256: string; payloadLength: number } {
  const canonical = canonicalJson(payload);
  return { payloadSha256: sha256Hex(canonical), payloadLength: Buffer.byteLength(canonical, 'utf8') };
}

/** The bytes the signature covers. */
export function signedMessage(manifest: unknown, payload: unknown): Buffer {
  return Buffer.from(canonicalJson({ manifest, payload }), 'utf8');
}

/** The complete manifest for a payload: everything but the draft is computed here. */
export function sealedManifest(kind: PackageKind, draft: ManifestDraft, payload: unknown, publicKey: string): Manifest {
  const { appVersion, ...fields } = draft;
  return {
    format: exchangeFormatVersion,
    kind,
    app: { name: appName, version: appVersion },
    ...fields,
    signer: { role: signerRoleOf[kind], publicKey, fingerprint: fingerprintOf(publicKey) },
    ...payloadDigest(payload),
  };
}

export function signPackage(manifest: Manifest, payload: unknown, privateKeyPkcs8: Buffer): string {
  return signBytes(privateKeyPkcs8, signedMessage(manifest, payload)).toString('base64');
}

/**
 * JSON text safe to keep in a cell: `_` is written as \u005f because Excel, LibreOffice and
 * exceljs decode `_xHHHH_` in cell text as a character; C1 controls and line separators are
 * escaped because spreadsheet programs may normalize them. JSON has `_` only inside strings,
 * where the escape means the same character.
 */
export function toCellJson(json: string): string {
  return json.replace(/[_\u0080-\u009f\u2028\u2029\ufffe\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isSpace = (char: string | undefined) => char === ' ' || char === '\t';

/**
 * Splits text into pieces of at most `max` characters (Excel holds 32,767 per cell). A cut never
 * separates a surrogate pair and, when it can, falls between two non-space characters, so that
 * no piece starts or ends with a space a spreadsheet program might trim.
 */
export function splitForCells(text: string, max = 30000): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let cut = Math.min(start + max, text.length);
    if (cut < text.length) {
      let tidy = cut;
      while (tidy > start + max / 2 && (isSpace(text[tidy - 1]) || isSpace(text[tidy]) || isLowSurrogate(text.charCodeAt(tidy)))) tidy -= 1;
      cut = tidy > start + max / 2 ? tidy : isLowSurrogate(text.charCodeAt(cut)) ? cut - 1 : cut;
    }
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  return pieces;
}
