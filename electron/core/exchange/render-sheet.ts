/**
 * Renders a sheet model (shared/exchange/sheet-model.ts) into an exceljs worksheet: Russian
 * number and date formats, bold headers, frozen header rows, column widths and an A4 print
 * setup that fits the width of a page. Only presentation is decided here; the values are the
 * model's, so the verifier can compare what it reads with a regenerated model.
 */
import type ExcelJS from 'exceljs';
import type { CellFormat, CellStyle, SheetCell, SheetModel } from '../../../shared/exchange/sheet-model';

/** Excel format codes; the reader's locale turns «,» and «.» into a Russian grouping and comma. */
const numberFormats: Record<CellFormat, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  number: '0.00',
  percent: '0.0%',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm:ss',
};

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB7C3D0' } };

const fonts: Record<CellStyle, Partial<ExcelJS.Font> | undefined> = {
  title: { bold: true, size: 13 },
  section: { bold: true, size: 12 },
  header: { bold: true },
  plain: undefined,
};

/**
 * Excel, LibreOffice and exceljs read `_xHHHH_` in text as the character HHHH; a literal one is
 * written with its underscore escaped (`_x005F_`), as Excel itself does.
 */
export function escapeCellText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

function renderCell(target: ExcelJS.Cell, source: SheetCell, wrap: boolean): void {
  if (source.value !== null) target.value = typeof source.value === 'string' ? escapeCellText(source.value) : source.value;
  const format = numberFormats[source.format];
  if (format) target.numFmt = format;
  const font = fonts[source.style];
  if (font) target.font = font;
  if (source.style === 'header') {
    target.fill = headerFill;
    target.border = { bottom: thin };
  }
  if (wrap || source.style === 'header') target.alignment = { vertical: 'top', wrapText: true };
}

/**
 * Spreadsheet programs do not grow a row for wrapped text written by another program, so the
 * height is estimated: lines per cell from its text and its column's width (in characters).
 */
function rowHeight(row: readonly SheetCell[], model: SheetModel): number | undefined {
  let lines = 1;
  row.forEach((source, index) => {
    const column = model.columns[index];
    if (typeof source.value !== 'string' || !column || source.style === 'title' || source.style === 'section' || (!column.wrap && source.style !== 'header')) return;
    const perLine = Math.max(1, Math.floor(column.width * 1.1));
    const needed = source.value.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return lines > 1 ? lines * 15 + 3 : undefined;
}

export function renderSheet(workbook: ExcelJS.Workbook, model: SheetModel): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(model.name, {
    views: model.headerRows > 0 ? [{ state: 'frozen', ySplit: model.headerRows, xSplit: 0 }] : [{}],
    pageSetup: {
      paperSize: 9, // A4
      orientation: model.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(model.headerRows > 0 ? { printTitlesRow: `1:${model.headerRows}` } : {}),
    },
    headerFooter: { oddFooter: `&L${model.name}&RСтраница &P из &N` },
  });
  sheet.columns = model.columns.map((column) => ({ width: column.width }));
  model.rows.forEach((row, rowIndex) => {
    row.forEach((source, columnIndex) => {
      // Titles and section headings run across the row unwrapped; other cells follow their column.
      const wrap = source.style !== 'title' && source.style !== 'section' && (model.columns[columnIndex]?.wrap ?? false);
      renderCell(sheet.getCell(rowIndex + 1, columnIndex + 1), source, wrap);
    });
    const height = rowHeight(row, model);
    if (height) sheet.getRow(rowIndex + 1).height = height;
  });
  return sheet;
}
