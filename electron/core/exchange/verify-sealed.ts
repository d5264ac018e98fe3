/**
 * Checks the signed data read from the hidden sheet, in an order that names the real reason:
 * manifest shape → payload hash → key fingerprint → signature → payload schema → school code.
 * Invariant: hash and signature are checked over the values exactly as parsed from the file
 * (re-canonicalized), never over schema-cleaned copies, so nothing unsigned slips through and
 * nothing signed is reported as changed. Documents of kinds this version does not know are
 * signed data too: they pass the signature and are then set aside with a warning.
 */
import { documentKinds, manifestSchema, payloadSchemas, payloadSchoolCode, signerRoleOf, type Manifest, type PackageKind, type PayloadOf } from '../../../shared/api/exchange-schemas';
import { describeZodError } from '../../../shared/api/validate';
import { fingerprintOf, verifyBytes } from '../signing';
import type { ReadParts } from './data-sheet';
import { PackageRejected, reasons, type PackageWarning } from './rejection';
import { canonicalJson, sha256Hex, signedMessage } from './signed-data';

export interface VerifiedData {
  manifest: Manifest;
  manifestRaw: unknown;
  payload: PayloadOf<PackageKind>;
  /** Set when some documents were set aside: the visible sheets cannot all be regenerated. */
  unknownDocuments: string[];
}

function parseJson(text: string | null): { ok: true; value: unknown } | { ok: false } {
  if (text === null) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function checkManifest(parts: ReadParts, fileName: string): { manifest: Manifest; raw: unknown } {
  const bad = (detail: string) => new PackageRejected('bad-manifest', fileName, reasons.badManifest(detail));
  const json = parseJson(parts.manifestJson);
  if (!json.ok) throw bad('манифест не читается');
  const parsed = manifestSchema.safeParse(json.value);
  if (!parsed.success) throw bad(`манифест: ${describeZodError(parsed.error)}`);
  const manifest = parsed.data;
  if (manifest.format !== parts.format) throw bad(`версия формата в манифесте (${manifest.format}) не совпадает с версией пакета (${parts.format})`);
  if (manifest.signer.role !== signerRoleOf[manifest.kind]) throw bad('пакет этого вида подписывает другая сторона');
  return { manifest, raw: json.value };
}

function checkSignature(manifest: Manifest, manifestRaw: unknown, payloadRaw: unknown, signature: string | null, fileName: string): void {
  if (manifest.signer.fingerprint !== fingerprintOf(manifest.signer.publicKey)) {
    throw new PackageRejected('bad-signature', fileName, reasons.badFingerprint());
  }
  const bytes = Buffer.from(signature ?? '', 'base64');
  if (bytes.length !== 64 || !verifyBytes(manifest.signer.publicKey, signedMessage(manifestRaw, payloadRaw), bytes)) {
    throw new PackageRejected('bad-signature', fileName, reasons.badSignature());
  }
}

/** Documents whose kind this version knows, and a description of those it does not. */
function splitDocuments(payloadRaw: unknown): { payload: unknown; unknown: string[] } {
  const documents = (payloadRaw as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(documents)) return { payload: payloadRaw, unknown: [] };
  const known = new Set<string>(documentKinds);
  const isUnknown = (document: unknown) => {
    const kind = (document as { kind?: unknown } | null)?.kind;
    return typeof kind === 'string' && !known.has(kind);
  };
  const unknown = documents.filter(isUnknown).map((document) => `${String(document.kind).slice(0, 40)} ${String(document.year ?? '').slice(0, 20)}`.trim());
  return { payload: { ...(payloadRaw as object), documents: documents.filter((document) => !isUnknown(document)) }, unknown };
}

export function verifySealed(parts: ReadParts, fileName: string): VerifiedData {
  const { manifest, raw: manifestRaw } = checkManifest(parts, fileName);
  const damaged = () => new PackageRejected('hash-mismatch', fileName, reasons.hashMismatch());
  const json = parseJson(parts.payloadJson);
  if (!json.ok) throw damaged();
  let canonical: string;
  try {
    canonical = canonicalJson(json.value);
    canonicalJson(manifestRaw);
  } catch {
    throw damaged();
  }
  if (sha256Hex(canonical) !== manifest.payloadSha256 || Buffer.byteLength(canonical, 'utf8') !== manifest.payloadLength) throw damaged();
  checkSignature(manifest, manifestRaw, json.value, parts.signature, fileName);

  const split = manifest.kind === 'school-report' ? splitDocuments(json.value) : { payload: json.value, unknown: [] };
  const parsed = payloadSchemas[manifest.kind].safeParse(split.payload);
  if (!parsed.success) throw new PackageRejected('schema', fileName, reasons.schema(describeZodError(parsed.error)));
  const payload = parsed.data;
  const payloadCode = payloadSchoolCode(manifest.kind, payload);
  if (payloadCode !== manifest.schoolCode) {
    const where = manifest.kind === 'school-report' ? 'в карточке ОО' : 'в данных пакета';
    throw new PackageRejected('school-code-mismatch', fileName, reasons.schoolCodeMismatch(manifest.schoolCode, payloadCode, where));
  }
  return { manifest, manifestRaw, payload, unknownDocuments: split.unknown };
}

export function unknownDocumentsWarning(unknown: readonly string[]): PackageWarning {
  return {
    code: 'unknown-document',
    message: `В пакете есть документы, которых эта версия «Опоры» не знает (${unknown.slice(0, 5).join(', ')}): они не загружены, видимые листы не сверялись. Обновите программу и загрузите файл ещё раз.`,
  };
}
