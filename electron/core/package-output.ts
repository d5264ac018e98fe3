/**
 * Writes a signed package this copy sends: into the exports folder of the data dir (or a path
 * the command line names), atomically, and records it with its revision. The reply carries the
 * bytes too, so browser mode can hand the file to the person as a download. Every package this
 * copy sends is stamped the same way here: the app version, the local time, the next revision
 * of its kind for that school, and this installation's own key.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WrittenFile } from '../../shared/api/exchange-api';
import type { PackageKind, PayloadOf } from '../../shared/api/exchange-schemas';
import type { InstallationRow } from '../../db/schema';
import { nowIso, type CoreContext } from './context';
import { isoWithLocalOffset, packageFileName, writePackage, type WritePackageOptions } from './exchange';
import { sha256Hex } from './exchange/signed-data';
import { writeFileAtomic } from './files';
import { loadSigningKey } from './signing-key';

export function exportsDir(context: CoreContext): string {
  return path.join(context.paths.root, 'exports');
}

async function writeSentPackage<K extends PackageKind>(context: CoreContext, options: WritePackageOptions<K>, destination?: string): Promise<WrittenFile> {
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

export interface OutgoingPackage<K extends PackageKind> {
  kind: K;
  schoolCode: string;
  schoolName: string;
  period: string;
  payload: PayloadOf<K>;
}

/** The next revision of a kind this copy sends to (or as) a school. */
export function nextRevision(context: CoreContext, kind: PackageKind, schoolCode: string): number {
  return context.exchange.lastSentRevision(kind, schoolCode) + 1;
}

/** Signs a package with this installation's key and writes it (see the file's opening note). */
export function sendPackage<K extends PackageKind>(context: CoreContext, signer: InstallationRow, outgoing: OutgoingPackage<K>, destination?: string): Promise<WrittenFile> {
  const { kind, payload, ...names } = outgoing;
  return writeSentPackage(
    context,
    {
      kind,
      manifest: { appVersion: context.appVersion, createdAt: isoWithLocalOffset(context.now()), ...names, revision: nextRevision(context, kind, names.schoolCode) },
      payload,
      privateKeyPkcs8: loadSigningKey(context, signer),
      publicKey: signer.publicKey,
    },
    destination,
  );
}
