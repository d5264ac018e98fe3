/**
 * Reads and verifies a received package. Invariant: the file is hostile until proven otherwise
 * — bounded before unpacking (zip-guard), parsed only from bytes that passed, and either
 * returned with its verified manifest and schema-checked payload, or refused with a
 * PackageRejected naming the file and the reason. Nothing else is ever thrown for a bad file.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Manifest, PackageKind, PayloadOf } from '../../../shared/api/exchange-schemas';
import { packageSheets } from '../../../shared/exchange/package-sheets';
import { compareSheets } from './compare-sheets';
import { readDataSheet } from './data-sheet';
import { PackageRejected, reasons, type PackageWarning } from './rejection';
import { sha256Hex } from './signed-data';
import { requireWorkbook, zipStored } from './workbook-bytes';
import { unknownDocumentsWarning, verifySealed } from './verify-sealed';
import { defaultLimits, unpackBounded, type PackageLimits } from './zip-guard';

export type VerifiedPackage = {
  [K in PackageKind]: {
    kind: K;
    manifest: Manifest & { kind: K };
    payload: PayloadOf<K>;
    /** The signer's key fingerprint, checked against the key that verified the signature. */
    fingerprint: string;
    /** SHA-256 of the file's bytes: the same file read twice has the same one. */
    sha256: string;
    size: number;
    warnings: PackageWarning[];
  };
}[PackageKind];

export interface ReadPackageOptions {
  /** The name shown in messages (the received file's name, without folders). */
  fileName: string;
  limits?: Partial<PackageLimits>;
}

async function loadWorkbook(bytes: Uint8Array, fileName: string, limits: PackageLimits): Promise<ExcelJS.Workbook> {
  const files = await unpackBounded(bytes, fileName, limits);
  requireWorkbook(files, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(zipStored(files) as unknown as ExcelJS.Buffer);
  } catch {
    throw new PackageRejected('not-workbook', fileName, reasons.unreadableWorkbook());
  }
  return workbook;
}

export async function readPackage(bytes: Uint8Array, options: ReadPackageOptions): Promise<VerifiedPackage> {
  try {
    return await verifyWorkbook(bytes, options.fileName, { ...defaultLimits, ...options.limits });
  } catch (error) {
    if (error instanceof PackageRejected) throw error;
    // A file that trips up a parser in a way nobody foresaw is still just a bad file.
    throw new PackageRejected('corrupt', options.fileName, reasons.corrupt(String((error as Error)?.message ?? error).slice(0, 120)));
  }
}

async function verifyWorkbook(bytes: Uint8Array, fileName: string, limits: PackageLimits): Promise<VerifiedPackage> {
  const workbook = await loadWorkbook(bytes, fileName, limits);
  const { manifest, payload, unknownDocuments } = verifySealed(readDataSheet(workbook, fileName), fileName);
  const warnings =
    unknownDocuments.length > 0 ? [unknownDocumentsWarning(unknownDocuments)] : compareSheets(workbook, packageSheets(manifest, payload));
  return {
    kind: manifest.kind,
    manifest,
    payload,
    fingerprint: manifest.signer.fingerprint,
    sha256: sha256Hex(bytes),
    size: bytes.length,
    warnings,
  } as VerifiedPackage;
}

/** Reads a package from disk; the size is checked before the file is read into memory. */
export async function readPackageFile(file: string, options: Partial<ReadPackageOptions> = {}): Promise<VerifiedPackage> {
  const fileName = options.fileName ?? path.basename(file);
  const limits = { ...defaultLimits, ...options.limits };
  let bytes: Buffer;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw new PackageRejected('unreadable', fileName, reasons.unreadable('это не файл'));
    if (stat.size > limits.maxFileBytes) throw new PackageRejected('too-large', fileName, reasons.tooLarge(stat.size, limits.maxFileBytes));
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    if (error instanceof PackageRejected) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PackageRejected('unreadable', fileName, reasons.unreadable(code === 'ENOENT' ? 'файл не найден' : code === 'EACCES' ? 'нет прав на чтение' : String(code ?? error)));
  }
  return readPackage(bytes, { ...options, fileName, limits });
}
