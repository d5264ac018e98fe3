/**
 * One sheet per social passport year, «Соцпаспорт 2025-26»: every catalogue field with its
 * group, value (a number when it reads as one, else the text as typed), unit, computed share
 * and the findings of the passport rules, then the ИСБ against the default reference table.
 * Everything is derived by the same shared/domain functions the app uses on screen.
 */
import type { ExchangeDocument } from '../../api/exchange-schemas';
import { passportField, passportGroups, type PassportField } from '../../catalogs/passport-fields';
import { defaultIsbReference } from '../../catalogs/isb-reference';
import { startYearOf } from '../../domain/academic-year';
import { computeIsb, type IsbResult } from '../../domain/isb';
import type { Issue } from '../../domain/issues';
import { parseNumber, formatNumber } from '../../domain/numbers';
import { evaluatePassport, type PassportEvaluation } from '../../domain/passport-evaluation';
import { cell, textRow, type SheetCell, type SheetModel } from '../sheet-model';
import { updatedAtRow } from './profile-sheet';

export function passportSheetName(year: string): string {
  const start = startYearOf(year);
  return `Соцпаспорт ${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

function valueCell(field: PassportField, raw: string | undefined): SheetCell {
  if (!raw || raw.trim() === '') return cell.empty();
  if (field.kind === 'choice') return cell.text(field.options?.find((option) => option.code === raw.trim())?.label ?? raw);
  const parsed = parseNumber(raw);
  if (parsed.kind !== 'number') return cell.text(raw);
  return cell.number(parsed.value, Number.isInteger(parsed.value) ? 'integer' : 'number');
}

const describe = (issues: readonly Issue[]) =>
  issues.map((issue) => (issue.severity === 'error' ? `Ошибка: ${issue.message}` : issue.message)).join('; ');

function fieldRows(values: Readonly<Record<string, string>>, evaluation: PassportEvaluation): SheetCell[][] {
  return passportGroups.flatMap((group) =>
    group.fields.map((field) => [
      cell.text(group.title),
      cell.text(field.label),
      valueCell(field, values[field.id]),
      cell.text(field.unit ?? ''),
      cell.number(evaluation.shares.get(field.id), 'percent'),
      cell.text(describe(evaluation.issues.filter((issue) => issue.fieldId === field.id))),
    ]),
  );
}

/** Findings that belong to a rule over several fields (sums), not to one field. */
function ruleRows(evaluation: PassportEvaluation): SheetCell[][] {
  return evaluation.issues
    .filter((issue) => !passportField(issue.fieldId))
    .map((issue) => [cell.text('Проверка сумм'), cell.empty(), cell.empty(), cell.empty(), cell.empty(), cell.text(describe([issue]))]);
}

function isbSummary(isb: IsbResult): string {
  if (!isb.computed) {
    return `Не рассчитан: заполнено ${isb.filledCount} из ${isb.totalCount} показателей, нужно не менее ${isb.requiredCount}`;
  }
  const threshold = formatNumber(defaultIsbReference.unfavourableBelow);
  return isb.unfavourable ? `Ниже порога ${threshold}: неблагоприятные социальные условия` : `Не ниже порога ${threshold}`;
}

/** The ИСБ block: contributions add up to the index, so the total stands in their column. */
function isbRows(isb: IsbResult): SheetCell[][] {
  return [
    [],
    textRow('section', 'Индекс социального благополучия (ИСБ)'),
    textRow('header', 'Раздел', 'Показатель ИСБ', 'Доля в школе', 'Эталон', 'z-оценка', 'Почему не учтён', 'Вклад в ИСБ'),
    ...isb.indicators.map((indicator) => [
      cell.text('ИСБ'),
      cell.text(indicator.label),
      cell.number(indicator.share, 'percent'),
      cell.number(indicator.mean, 'percent'),
      cell.number(indicator.z),
      cell.text(indicator.missingReason ?? ''),
      cell.number(indicator.contribution),
    ]),
    [cell.text('ИСБ', 'header'), cell.text('Итоговое значение ИСБ', 'header'), cell.empty(), cell.empty(), cell.empty(), cell.text(isbSummary(isb)), cell.number(isb.value)],
    [cell.text('Эталон'), cell.text(`${defaultIsbReference.title} (версия ${isb.referenceVersion})`)],
  ];
}

export function passportSheet(document: Extract<ExchangeDocument, { kind: 'passport' }>): SheetModel {
  const values = document.data.values;
  const evaluation = evaluatePassport(values);
  const rows: SheetCell[][] = [
    textRow('title', `Социальный паспорт — ${document.year} учебный год`),
    textRow('header', 'Раздел', 'Показатель', 'Значение', 'Ед. изм.', 'Доля', 'Замечания проверки'),
    ...fieldRows(values, evaluation),
    ...ruleRows(evaluation),
    ...isbRows(computeIsb(evaluation, defaultIsbReference)),
    [],
    updatedAtRow(document.updatedAt, 2),
  ];
  const columns = [{ width: 24, wrap: true }, { width: 50, wrap: true }, { width: 14 }, { width: 9 }, { width: 10 }, { width: 48, wrap: true }, { width: 14 }];
  return { name: passportSheetName(document.year), columns, rows, headerRows: 2, orientation: 'landscape' };
}
