/**
 * Writes a signed package this copy sends: into the exports folder of the data dir (or a path
 * the command line names), atomically, and records it with its revision. The reply carries the
 * bytes too, so browser mode can hand the file to the person as a download.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WrittenFile } from '../../shared/api/exchange-api';
import type { PackageKind } from '../../shared/api/exchange-schemas';
import { nowIso, type CoreContext } from './context';
import { packageFileName, writePackage, type WritePackageOptions } from './exchange';
import { sha256Hex } from './exchange/signed-data';
import { writeFileAtomic } from './files';

export function exportsDir(context: CoreContext): string {
  return path.join(context.paths.root, 'exports');
}

export async function writeSentPackage<K extends PackageKind>(context: CoreContext, options: WritePackageOptions<K>, destination?: string): Promise<WrittenFile> {
  const bytes = await writePackage(options);
  const fileName = packageFileName({ kind: options.kind, ...options.manifest });
  // A destination that is a folder gets the package under its own name, as a person expects.
  const intoFolder = destination !== undefined && fs.existsSync(destination) && fs.statSync(destination).isDirectory();
  const file = destination ? (intoFolder ? path.join(path.resolve(destination), fileName) : path.resolve(destination)) : path.join(exportsDir(context), fileName);
  writeFileAtomic(file, bytes);
  const sha256 = sha256Hex(bytes);
  context.exchange.addSent({
    kind: options.kind,
    schoolCode: options.manifest.schoolCode,
    revision: options.manifest.revision,
    createdAt: nowIso(context),
    fileName: path.basename(file),
    fileSha256: sha256,
  });
  return { fileName: path.basename(file), path: file, revision: options.manifest.revision, sha256, contentBase64: bytes.toString('base64') };
}
