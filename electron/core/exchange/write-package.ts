/**
 * Writes a package: validates the draft and the payload against the format's schemas, seals
 * the manifest (payload hash, signer), signs, and renders the workbook — the visible sheets
 * from the sheet models, the signed data into the hidden sheet. Invariant: a package this app
 * writes always passes this app's reader (the same schemas, the same school-code rule).
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/api/errors';
import { manifestDraftSchema, payloadSchemas, payloadSchoolCode, type Manifest, type ManifestDraft, type PackageKind, type PayloadOf } from '../../../shared/api/exchange-schemas';
import { describeZodError } from '../../../shared/api/validate';
import { packageSheets } from '../../../shared/exchange/package-sheets';
import { writeFileAtomic } from '../files';
import { publicKeyOf } from '../signing';
import { addDataSheet } from './data-sheet';
import { renderSheet } from './render-sheet';
import { canonicalJson, sealedManifest, sha256Hex, signPackage } from './signed-data';

export interface WritePackageOptions<K extends PackageKind> {
  kind: K;
  manifest: ManifestDraft;
  payload: PayloadOf<K>;
  privateKeyPkcs8: Buffer;
  /** base64 SPKI DER; must be the private key's own. */
  publicKey: string;
}

export interface WrittenPackage {
  manifest: Manifest;
  /** SHA-256 of the file's bytes, as the reader reports it. */
  sha256: string;
  size: number;
}

/** Renders an already sealed package. Exported for tests that need a signed but invalid package. */
export async function renderPackage(manifest: Manifest, payload: unknown, signature: string, visibleSheets = true): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${manifest.app.name} ${manifest.app.version}`;
  workbook.created = new Date(manifest.createdAt);
  workbook.modified = workbook.created;
  if (visibleSheets) for (const model of packageSheets(manifest, payload as PayloadOf<PackageKind>)) renderSheet(workbook, model);
  addDataSheet(workbook, { format: manifest.format, manifestJson: canonicalJson(manifest), signature, payloadJson: canonicalJson(payload) });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function refuse(message: string): never {
  throw new AppError('INVALID_INPUT', `Пакет не сформирован: ${message}`);
}

function prepare<K extends PackageKind>(options: WritePackageOptions<K>): { manifest: Manifest; payload: PayloadOf<K> } {
  const draft = manifestDraftSchema.safeParse(options.manifest);
  if (!draft.success) refuse(describeZodError(draft.error));
  const parsed = payloadSchemas[options.kind].safeParse(options.payload);
  if (!parsed.success) refuse(describeZodError(parsed.error));
  const payload = parsed.data as PayloadOf<K>;
  const code = payloadSchoolCode(options.kind, payload);
  if (code !== draft.data.schoolCode) refuse(`код школы ${draft.data.schoolCode} не совпадает с кодом в данных (${code ?? 'не указан'})`);
  if (publicKeyOf(options.privateKeyPkcs8) !== options.publicKey) throw new Error('Открытый ключ не соответствует закрытому ключу подписи');
  try {
    return { manifest: sealedManifest(options.kind, draft.data, payload, options.publicKey), payload };
  } catch {
    // canonicalize refuses a broken character (a lone half of a surrogate pair) pasted into some text.
    refuse('в тексте есть повреждённый символ; перепечатайте недавно вставленный текст');
  }
}

export async function writePackage<K extends PackageKind>(options: WritePackageOptions<K>): Promise<Buffer> {
  const { manifest, payload } = prepare(options);
  return renderPackage(manifest, payload, signPackage(manifest, payload, options.privateKeyPkcs8));
}

/** Writes the package to `file` atomically (temporary file, then rename). */
export async function writePackageFile<K extends PackageKind>(file: string, options: WritePackageOptions<K>): Promise<WrittenPackage> {
  const { manifest, payload } = prepare(options);
  const bytes = await renderPackage(manifest, payload, signPackage(manifest, payload, options.privateKeyPkcs8));
  writeFileAtomic(file, bytes);
  return { manifest, sha256: sha256Hex(bytes), size: bytes.length };
}
