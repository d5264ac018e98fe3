/**
 * The authoritative part of a package: a `veryHidden` sheet holding the marker, the format
 * version, the manifest JSON, the signature and the payload JSON in cells of at most 30,000
 * characters. Invariant: the reader checks the marker, then the format version, before it
 * interprets anything else, so a future format is refused as such and not as damage.
 * LibreOffice turns `veryHidden` into `hidden` on re-save: any state is accepted.
 */
import type ExcelJS from 'exceljs';
import { exchangeFormatVersion } from '../../../shared/api/exchange-schemas';
import { cellText } from './cell-values';
import { PackageRejected, reasons } from './rejection';
import { splitForCells, toCellJson } from './signed-data';

export const dataSheetName = 'opora-data';
export const packageMarker = 'opora-exchange-package';
const firstPayloadRow = 6;

export interface SealedParts {
  format: number;
  manifestJson: string;
  signature: string;
  payloadJson: string;
}

export function addDataSheet(workbook: ExcelJS.Workbook, parts: SealedParts): void {
  const sheet = workbook.addWorksheet(dataSheetName, { state: 'veryHidden' });
  const manifestCells = splitForCells(toCellJson(parts.manifestJson));
  if (manifestCells.length !== 1) throw new Error('Манифест пакета не помещается в одну ячейку');
  const payloadCells = splitForCells(toCellJson(parts.payloadJson));
  sheet.addRow([packageMarker, 'Служебный лист «Опоры»: подписанные данные пакета. Не изменяйте его — изменённый пакет не будет принят.']);
  sheet.addRow(['format', parts.format]);
  sheet.addRow(['manifest', manifestCells[0]]);
  sheet.addRow(['signature', parts.signature]);
  sheet.addRow(['payload-cells', payloadCells.length]);
  for (const piece of payloadCells) sheet.addRow(['payload', piece]);
}

function formatOf(value: unknown): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isSafeInteger(number) && number >= 1 ? number : null;
}

export interface ReadParts {
  format: number;
  manifestJson: string | null;
  signature: string | null;
  /** null when the cells are missing or out of order: the signed data are damaged. */
  payloadJson: string | null;
}

export function readDataSheet(workbook: ExcelJS.Workbook, fileName: string): ReadParts {
  const sheet = workbook.getWorksheet(dataSheetName);
  const text = (row: number, column: number) => (sheet ? cellText(sheet.getCell(row, column).value) : null);
  if (!sheet || text(1, 1) !== packageMarker) throw new PackageRejected('no-marker', fileName, reasons.noMarker());
  const format = formatOf(sheet.getCell(2, 2).value);
  if (format === null) throw new PackageRejected('bad-manifest', fileName, reasons.badManifest('не указана версия формата'));
  if (format > exchangeFormatVersion) throw new PackageRejected('future-format', fileName, reasons.futureFormat(format, exchangeFormatVersion));
  const count = formatOf(sheet.getCell(5, 2).value);
  const pieces: string[] = [];
  for (let index = 0; count !== null && index < count; index += 1) {
    const row = firstPayloadRow + index;
    const piece = text(row, 2);
    if (text(row, 1) !== 'payload' || piece === null) break;
    pieces.push(piece);
  }
  return {
    format,
    manifestJson: text(3, 1) === 'manifest' ? text(3, 2) : null,
    signature: text(4, 1) === 'signature' ? text(4, 2) : null,
    payloadJson: count !== null && pieces.length === count ? pieces.join('') : null,
  };
}
