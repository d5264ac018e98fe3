/**
 * Where received files are kept. Invariant: every received file is kept — an accepted or
 * pending one under received/ by its SHA-256 (so the same file is stored once), a rejected one
 * under quarantine/ beside a text file that says why. Paths stored in the database are relative
 * to the data folder, so a copied or restored data folder keeps working.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from './context';
import { writeFileAtomic } from './files';

const safeName = (fileName: string) => fileName.replace(/[^0-9A-Za-zА-Яа-яЁё._-]+/g, '_').slice(-120) || 'file';

export function keepReceived(context: CoreContext, bytes: Uint8Array, sha256: string): string {
  const relative = path.join('received', `${sha256}.xlsx`);
  const file = path.join(context.paths.root, relative);
  if (!fs.existsSync(file)) writeFileAtomic(file, bytes);
  return relative;
}

export function quarantine(context: CoreContext, bytes: Uint8Array | null, fileName: string, sha256: string, reason: string): string {
  const stamp = context.now().toISOString().replace(/[:.]/g, '-');
  // A file refused before it was read has no hash ('n/a'): its '/' must not become a folder.
  const relative = path.join('quarantine', `${stamp}_${safeName(sha256.slice(0, 8))}_${safeName(fileName)}`);
  const file = path.join(context.paths.root, relative);
  if (bytes) writeFileAtomic(file, bytes);
  writeFileAtomic(`${file}.txt`, `Файл: ${fileName}\nSHA-256: ${sha256}\nПолучен: ${context.now().toISOString()}\nПричина: ${reason}\n`);
  return relative;
}

export function readKept(context: CoreContext, relative: string): Buffer {
  return fs.readFileSync(path.join(context.paths.root, relative));
}
