/**
 * Finds what a person changed in the visible sheets after the package was signed, by comparing
 * the cells read from the file with the sheets regenerated from the signed data. Edits are
 * warnings, never reasons to refuse: the signed data stay authoritative and are what is
 * imported; the warning tells the curator which cells say something else («изменено после
 * подписи»), naming the sheet and the cell address.
 */
import type ExcelJS from 'exceljs';
import type { SheetModel } from '../../../shared/exchange/sheet-model';
import { describeValue, plainValue, sameCell } from './cell-values';
import { dataSheetName } from './data-sheet';
import type { EditedCell, PackageWarning } from './rejection';

function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** Every non-empty cell of the sheet as read, by "row:column". */
function readCells(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue> {
  const cells = new Map<string, ExcelJS.CellValue>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged area repeats its first cell's value in every cell: count it once.
      if (cell.isMerged && cell.master !== cell) return;
      cells.set(`${rowNumber}:${columnNumber}`, cell.value);
    });
  });
  return cells;
}

export function editedCells(sheet: ExcelJS.Worksheet, model: SheetModel): EditedCell[] {
  const actual = readCells(sheet);
  const keys = new Set(actual.keys());
  model.rows.forEach((row, r) => row.forEach((_, c) => keys.add(`${r + 1}:${c + 1}`)));
  const edits: (EditedCell & { row: number; column: number })[] = [];
  for (const key of keys) {
    const [row, column] = key.split(':').map(Number) as [number, number];
    const expected = plainValue(model.rows[row - 1]?.[column - 1]?.value);
    const found = plainValue(actual.get(key));
    if (sameCell(expected, found)) continue;
    const address = `${columnName(column)}${row}`;
    edits.push({ sheet: model.name, address, expected: describeValue(expected), actual: describeValue(found), row, column });
  }
  edits.sort((a, b) => a.row - b.row || a.column - b.column);
  return edits.map(({ sheet: name, address, expected, actual: shown }) => ({ sheet: name, address, expected, actual: shown }));
}

const listed = (cells: readonly EditedCell[]) => {
  const shown = cells.slice(0, 10).map((cell) => cell.address).join(', ');
  return cells.length > 10 ? `${shown} и ещё ${cells.length - 10}` : shown;
};

export function compareSheets(workbook: ExcelJS.Workbook, models: readonly SheetModel[]): PackageWarning[] {
  const warnings: PackageWarning[] = [];
  const expectedNames = new Set(models.map((model) => model.name));
  for (const model of models) {
    const sheet = workbook.getWorksheet(model.name);
    if (!sheet) {
      warnings.push({ code: 'edited-after-signing', message: `Лист «${model.name}» удалён после подписи; данные взяты из подписанной части пакета` });
      continue;
    }
    const cells = editedCells(sheet, model);
    if (cells.length === 0) continue;
    const message = `Лист «${model.name}», ${listed(cells)}: изменено после подписи; загружаются подписанные данные, а не видимые значения`;
    warnings.push({ code: 'edited-after-signing', message, cells });
  }
  for (const sheet of workbook.worksheets) {
    if (sheet.name === dataSheetName || expectedNames.has(sheet.name)) continue;
    warnings.push({ code: 'edited-after-signing', message: `Лист «${sheet.name.slice(0, 40)}» добавлен после подписи; его содержимое не загружается` });
  }
  return warnings;
}
