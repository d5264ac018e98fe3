/**
 * Visible sheets of the curator's packages: the response («Заключение», «Рекомендации») and the
 * enrollment («Приглашение»). Status codes are shown by their Russian names.
 */
import type { CuratorResponsePayload, EnrollmentPayload, ReviewStatus } from '../../api/exchange-schemas';
import { calendarDate, cell, textRow, type SheetCell, type SheetModel } from '../sheet-model';
import { documentKindLabel } from './document-sheets';

export const reviewStatusLabels: Record<ReviewStatus, string> = {
  accepted: 'Принято',
  remarks: 'Есть замечания',
  returned: 'Возвращено на доработку',
};

const dateCell = (iso: string) => {
  const date = calendarDate(iso);
  return date ? cell.date(date) : cell.text(iso);
};

function conclusionSheet(payload: CuratorResponsePayload): SheetModel {
  const rows: SheetCell[][] = [
    textRow('title', `Заключение куратора на выгрузку № ${payload.respondsTo.revision}`),
    [cell.text('Куратор', 'header'), cell.text([payload.curator.curatorName, payload.curator.districtName].filter(Boolean).join(', '))],
    textRow('header', 'Документ', 'Учебный год', 'Статус', 'Комментарий'),
    ...payload.reviews.map((review) => [
      cell.text(documentKindLabel(review.kind)),
      cell.text(review.year),
      cell.text(reviewStatusLabels[review.status]),
      cell.text(review.comment),
    ]),
    [],
    textRow('section', 'Протокол'),
    [cell.text('Дата', 'header'), dateCell(payload.protocol.date)],
    [cell.text('Текст', 'header'), cell.text(payload.protocol.text)],
  ];
  const columns = [{ width: 28, wrap: true }, { width: 14 }, { width: 26 }, { width: 70, wrap: true }];
  return { name: 'Заключение', columns, rows, headerRows: 3, orientation: 'landscape' };
}

function recommendationsSheet(payload: CuratorResponsePayload): SheetModel {
  const rows: SheetCell[][] = [
    textRow('title', 'Адресные рекомендации куратора'),
    textRow('header', '№', 'Рекомендация', 'Кому', 'Срок', 'Документ'),
    ...payload.recommendations.map((recommendation, index) => [
      cell.number(index + 1, 'integer'),
      cell.text(recommendation.text),
      cell.text(recommendation.addressee),
      recommendation.deadline ? dateCell(recommendation.deadline) : cell.empty(),
      cell.text(recommendation.documentKind === null ? '' : documentKindLabel(recommendation.documentKind)),
    ]),
  ];
  const columns = [{ width: 6 }, { width: 70, wrap: true }, { width: 30, wrap: true }, { width: 12 }, { width: 24, wrap: true }];
  return { name: 'Рекомендации', columns, rows, headerRows: 2, orientation: 'landscape' };
}

export function curatorResponseSheets(payload: CuratorResponsePayload): SheetModel[] {
  return [conclusionSheet(payload), recommendationsSheet(payload)];
}

export function enrollmentSheets(payload: EnrollmentPayload): SheetModel[] {
  const rows: SheetCell[][] = [
    textRow('title', 'Приглашение школы в муниципальную программу'),
    textRow('header', 'Поле', 'Значение'),
    [cell.text('Муниципалитет (район)'), cell.text(payload.districtName)],
    [cell.text('Код ОО'), cell.text(payload.schoolCode)],
    [cell.text('Куратор'), cell.text(payload.curatorName)],
    [
      cell.text('Что сделать'),
      cell.text('Откройте этот файл в «Опоре» школы: программа запомнит ключ куратора и будет принимать его ответы без дополнительных вопросов. Перед этим сверьте отпечаток ключа на титульном листе с куратором по телефону.'),
    ],
  ];
  return [{ name: 'Приглашение', columns: [{ width: 30, wrap: true }, { width: 80, wrap: true }], rows, headerRows: 2, orientation: 'portrait' }];
}
