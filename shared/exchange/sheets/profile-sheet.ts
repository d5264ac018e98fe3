/**
 * The sheet «Карточка ОО»: the school profile as label and value, closed-list codes shown by
 * their Russian labels. The label table must name every profile field (the type checks it).
 */
import type { ExchangeDocument } from '../../api/exchange-schemas';
import type { SchoolProfileDraft } from '../../api/schemas';
import { labelOf, localities, schoolClusters, schoolTypes } from '../../catalogs/school-options';
import { schoolProfileLabels } from '../../domain/school-profile';
import { cell, textRow, wallClock, type SheetCell, type SheetModel } from '../sheet-model';

const fieldLabels = schoolProfileLabels;

const closedLists: Partial<Record<keyof SchoolProfileDraft, readonly { code: string; label: string }[]>> = {
  type: schoolTypes,
  locality: localities,
  cluster: schoolClusters,
};

function shownValue(field: keyof SchoolProfileDraft, profile: SchoolProfileDraft): string {
  const list = closedLists[field];
  const value = profile[field];
  return list ? labelOf(list, value) || value : value;
}

/** «Изменено (время UTC)» and the time, for the documents that carry `updatedAt`. */
export function updatedAtRow(updatedAt: string, columns: number): SheetCell[] {
  const clock = wallClock(updatedAt);
  const label = cell.text(`Изменено (время ${clock?.zone ?? 'UTC'})`, 'header');
  const value = clock ? cell.date(clock.date, 'datetime') : cell.text(updatedAt);
  return [label, value, ...Array.from({ length: Math.max(0, columns - 2) }, cell.empty)];
}

export function profileSheet(document: Extract<ExchangeDocument, { kind: 'profile' }>): SheetModel {
  const profile = document.data;
  const fields = Object.keys(fieldLabels) as (keyof SchoolProfileDraft)[];
  const rows: SheetCell[][] = [
    textRow('title', 'Карточка образовательной организации'),
    textRow('header', 'Поле', 'Значение'),
    ...fields.map((field) => [cell.text(fieldLabels[field]), cell.text(shownValue(field, profile))]),
    [],
    updatedAtRow(document.updatedAt, 2),
  ];
  return { name: 'Карточка ОО', columns: [{ width: 42, wrap: true }, { width: 70, wrap: true }], rows, headerRows: 2, orientation: 'portrait' };
}
