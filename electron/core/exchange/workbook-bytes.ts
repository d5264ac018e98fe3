/**
 * Between the zip guard and exceljs: decides whether the checked zip is an Excel workbook at
 * all (a renamed .docx is told apart by its parts), and re-packs the already inflated parts
 * into a stored (uncompressed) zip for exceljs. Invariant: exceljs parses exactly the bytes the
 * guard measured; its own zip reader never sees the received file, so the two readers cannot
 * be played against each other (a second central directory, a fake end record in a comment).
 */
import { crc32 } from 'node:zlib';
import { PackageRejected, reasons } from './rejection';

function describeOtherZip(files: ReadonlyMap<string, Buffer>): string {
  if (files.has('word/document.xml')) return 'документ Word (.docx)';
  if (files.has('ppt/presentation.xml')) return 'презентация PowerPoint (.pptx)';
  const mimetype = files.get('mimetype')?.toString('latin1') ?? '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
    return 'таблица OpenDocument (.ods): пересохранение в другом формате теряет подписанные данные — попросите исходный файл .xlsx';
  }
  if (mimetype.startsWith('application/vnd.oasis.opendocument')) return 'документ OpenDocument';
  return 'архив ZIP с другими файлами';
}

export function requireWorkbook(files: ReadonlyMap<string, Buffer>, fileName: string): void {
  if (!files.has('xl/workbook.xml')) throw new PackageRejected('not-workbook', fileName, reasons.notWorkbook(describeOtherZip(files)));
}

/** A zip with every part stored as is (method 0): what exceljs reads. */
export function zipStored(files: ReadonlyMap<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(0x0021, 12); // 1980-01-01: the time is of no use here
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0x0021, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
