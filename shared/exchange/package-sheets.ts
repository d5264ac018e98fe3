/**
 * All visible sheets of a package, in order: the title sheet, then the sheets of its kind.
 * Invariant: a pure function of (manifest, payload); the writer renders exactly this list and
 * the verifier regenerates it from the signed data to find cells edited after signing.
 */
import type { Manifest, PackageKind, PayloadOf } from '../api/exchange-schemas';
import { assertSheetNames, type SheetModel } from './sheet-model';
import { documentLabel, documentSheet, sortDocuments } from './sheets/document-sheets';
import { curatorResponseSheets, enrollmentSheets, reviewStatusLabels } from './sheets/response-sheets';
import { titleSheet } from './sheets/title-sheet';

function contentSheets(manifest: Manifest, payload: PayloadOf<PackageKind>): { contents: string[]; sheets: SheetModel[] } {
  switch (manifest.kind) {
    case 'school-report': {
      const documents = sortDocuments((payload as PayloadOf<'school-report'>).documents);
      return { contents: documents.map(documentLabel), sheets: documents.map(documentSheet) };
    }
    case 'curator-response': {
      const response = payload as PayloadOf<'curator-response'>;
      const counts = Object.entries(reviewStatusLabels).map(([status, label]) => `${label}: ${response.reviews.filter((review) => review.status === status).length}`);
      const contents = [`Ответ на выгрузку № ${response.respondsTo.revision}`, counts.join(', '), `Рекомендаций: ${response.recommendations.length}`];
      return { contents, sheets: curatorResponseSheets(response) };
    }
    case 'enrollment': {
      const enrollment = payload as PayloadOf<'enrollment'>;
      return { contents: [`Приглашение от куратора: ${enrollment.districtName}`], sheets: enrollmentSheets(enrollment) };
    }
  }
}

export function packageSheets(manifest: Manifest, payload: PayloadOf<PackageKind>): SheetModel[] {
  const { contents, sheets } = contentSheets(manifest, payload);
  const all = [titleSheet(manifest, contents), ...sheets];
  assertSheetNames(all);
  return all;
}
