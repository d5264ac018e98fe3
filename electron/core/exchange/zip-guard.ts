/**
 * Opens a received file as a zip without trusting it. Invariant: sizes are bounded BEFORE
 * anything is inflated — the file size, then the central directory (entry count, the sum of
 * declared sizes, each entry's compression ratio) — and inflation checks every entry against
 * its declared size (a lying header fails: zlib is told to stop there) and its CRC. Only bytes that passed reach exceljs,
 * re-packed by us (workbook-bytes.ts), so a second zip parser never sees the original file.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { PackageRejected, reasons } from './rejection';

export interface PackageLimits {
  /** The received file itself. */
  maxFileBytes: number;
  maxEntries: number;
  /** The sum of every entry's uncompressed size. */
  maxUnpackedBytes: number;
  /** Uncompressed ÷ compressed for an entry above `ratioFloorBytes`; deflate tops out near 1032. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const mebibyte = 1024 * 1024;

export const defaultLimits: PackageLimits = {
  maxFileBytes: 20 * mebibyte,
  maxEntries: 2000,
  maxUnpackedBytes: 200 * mebibyte,
  maxRatio: 500,
  ratioFloorBytes: mebibyte,
};

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: .xls, .doc and every password-protected Office file. */
const cfbMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Cheap checks on the bytes alone: size and the zip local header magic. */
export function checkEnvelope(bytes: Uint8Array, fileName: string, limits: PackageLimits): void {
  if (bytes.length === 0) throw new PackageRejected('not-zip', fileName, reasons.empty());
  if (bytes.length > limits.maxFileBytes) throw new PackageRejected('too-large', fileName, reasons.tooLarge(bytes.length, limits.maxFileBytes));
  const head = Buffer.from(bytes.subarray(0, 4));
  if (head.equals(cfbMagic)) throw new PackageRejected('not-zip', fileName, reasons.legacyOffice());
  if (!head.equals(zipMagic)) throw new PackageRejected('not-zip', fileName, reasons.notZip());
}

/** Entry names come from the file: shown shortened and without control characters. */
// eslint-disable-next-line no-control-regex
const shown = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 80);

/** yauzl's errors, by what they mean for a person. */
function classify(error: Error, fileName: string, entry?: string): PackageRejected {
  const message = error.message;
  if (/signature not found|unexpected EOF|overflows file bounds|Invalid comment length|unexpected end of file/i.test(message)) {
    return new PackageRejected('truncated', fileName, reasons.truncated());
  }
  // zlib's and yauzl's own words are English internals: the person gets what failed, not why.
  return new PackageRejected('corrupt', fileName, reasons.corrupt(entry ? `часть «${shown(entry)}» не распаковывается` : 'нарушена структура архива'));
}

function checkEntry(entry: yauzl.Entry, fileName: string, limits: PackageLimits): void {
  if (entry.isEncrypted()) throw new PackageRejected('not-zip', fileName, reasons.legacyOffice());
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw new PackageRejected('corrupt', fileName, reasons.corrupt(`неизвестный способ сжатия ${entry.compressionMethod}`));
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
    throw new PackageRejected('zip-bomb', fileName, reasons.absurdRatio(shown(entry.fileName)));
  }
}

/** The central directory, checked against the limits; nothing is inflated yet. */
async function listEntries(zip: yauzl.ZipFile, fileName: string, limits: PackageLimits): Promise<yauzl.Entry[]> {
  if (zip.entryCount > limits.maxEntries) throw new PackageRejected('zip-bomb', fileName, reasons.tooManyEntries(zip.entryCount, limits.maxEntries));
  const entries: yauzl.Entry[] = [];
  const names = new Set<string>();
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    // Two entries with one name are read differently by different tools: refuse the ambiguity.
    if (names.has(entry.fileName)) throw new PackageRejected('corrupt', fileName, reasons.corrupt(`часть «${shown(entry.fileName)}» повторяется`));
    names.add(entry.fileName);
    checkEntry(entry, fileName, limits);
    declared += entry.uncompressedSize;
    if (declared > limits.maxUnpackedBytes) throw new PackageRejected('zip-bomb', fileName, reasons.tooBigUnpacked(limits.maxUnpackedBytes));
    entries.push(entry);
  }
  return entries;
}

/**
 * One entry's bytes. Inflation may not produce more than the declared size (zlib stops at
 * `maxOutputLength`), and less is damage: together that is yauzl's validateEntrySizes, done
 * synchronously because a package has a dozen small parts and streams cost more than they save.
 */
async function inflate(zip: yauzl.ZipFile, buffer: Buffer, entry: yauzl.Entry, fileName: string): Promise<Buffer> {
  let data: Buffer;
  try {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const stored = buffer.subarray(fileDataStart, fileDataStart + entry.compressedSize);
    data = entry.compressionMethod === 0 ? stored : inflateRawSync(stored, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new PackageRejected('zip-bomb', fileName, reasons.lyingSize(shown(entry.fileName)));
    throw classify(error as Error, fileName, entry.fileName);
  }
  if (data.length > entry.uncompressedSize) throw new PackageRejected('zip-bomb', fileName, reasons.lyingSize(shown(entry.fileName)));
  if (data.length < entry.uncompressedSize) throw new PackageRejected('corrupt', fileName, reasons.corrupt(`часть «${shown(entry.fileName)}» короче заявленного`));
  if (crc32(data) !== entry.crc32) throw new PackageRejected('corrupt', fileName, reasons.corrupt(`контрольная сумма части «${shown(entry.fileName)}» не сходится`));
  return data;
}

/** Every file in the zip by name, after all the checks above. */
export async function unpackBounded(bytes: Uint8Array, fileName: string, limits: PackageLimits = defaultLimits): Promise<Map<string, Buffer>> {
  checkEnvelope(bytes, fileName, limits);
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, autoClose: false, strictFileNames: false });
  } catch (error) {
    throw classify(error as Error, fileName);
  }
  try {
    let entries: yauzl.Entry[];
    try {
      entries = await listEntries(zip, fileName, limits);
    } catch (error) {
      throw error instanceof PackageRejected ? error : classify(error as Error, fileName);
    }
    const files = new Map<string, Buffer>();
    for (const entry of entries) files.set(entry.fileName, await inflate(zip, buffer, entry, fileName));
    return files;
  } finally {
    zip.close();
  }
}
