/**
 * The curator's view of the schools: each school's current snapshot (the newest revision
 * imported) with its documents as the school filled them, and the history of its packages.
 */
import { AppError } from '../../shared/api/errors';
import type { SchoolDetail, SchoolSummary } from '../../shared/api/exchange-api';
import { documentKinds, type DocumentKind, type ExchangeDocument } from '../../shared/api/exchange-schemas';
import { sortYearsDescending } from '../../shared/domain/academic-year';
import { sortDocuments } from '../../shared/exchange/sheets/document-sheets';
import type { SchoolSnapshotRow } from '../../db/schema';
import { requireCurator, type CoreContext } from './context';
import { receivedOf } from './import-outcome';

export class SchoolsService {
  constructor(private readonly context: CoreContext) {}

  private summary(snapshot: SchoolSnapshotRow): SchoolSummary {
    const years = this.context.documents.list(snapshot.schoolCode, 'passport').map((row) => row.year);
    return {
      code: snapshot.schoolCode,
      name: snapshot.schoolName,
      municipality: snapshot.municipality,
      revision: snapshot.revision,
      importedAt: snapshot.importedAt,
      fingerprint: snapshot.fingerprint,
      passportYears: sortYearsDescending(years),
    };
  }

  list(): SchoolSummary[] {
    requireCurator(this.context);
    return this.context.exchange.snapshots().map((snapshot) => this.summary(snapshot));
  }

  get(code: string): SchoolDetail {
    requireCurator(this.context);
    const snapshot = this.context.exchange.snapshot(code);
    if (!snapshot) throw new AppError('NOT_FOUND', `Школа с кодом ${code} ещё не присылала пакетов.`);
    const documents = this.context.documents
      .listAll(code)
      .filter((row) => (documentKinds as readonly string[]).includes(row.kind))
      .map((row) => ({ kind: row.kind as DocumentKind, year: row.year, updatedAt: row.updatedAt, data: row.data }) as ExchangeDocument);
    return { summary: this.summary(snapshot), documents: sortDocuments(documents), history: this.context.exchange.receivedList(code).map(receivedOf) };
  }
}
