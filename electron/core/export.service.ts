/**
 * The school's export: its whole snapshot (profile and every document of every year) as a
 * signed school-report package. Invariant: nothing with an error is signed — every rule of
 * every document runs first; warnings are listed and must be accepted. The revision grows
 * with every export.
 */
import { AppError } from '../../shared/api/errors';
import type { ExportCheck, ExportIssue, WrittenFile } from '../../shared/api/exchange-api';
import { documentKinds, type DocumentKind, type ExchangeDocument } from '../../shared/api/exchange-schemas';
import { documentFieldLabel, validateDocument } from '../../shared/domain/document-validation';
import { documentLabel, sortDocuments } from '../../shared/exchange/sheets/document-sheets';
import type { SchoolProfile } from '../../shared/domain/school-profile';
import { requireSchool, type CoreContext } from './context';
import { describePeriod, packageFileName } from './exchange';
import { nextRevision, sendPackage } from './package-output';

export class ExportService {
  constructor(private readonly context: CoreContext) {}

  /** Every document the school keeps, as it travels in a package. */
  snapshot(): ExchangeDocument[] {
    const school = requireSchool(this.context);
    const rows = this.context.documents.listAll(school.schoolCode).filter((row) => (documentKinds as readonly string[]).includes(row.kind));
    return sortDocuments(rows.map((row) => ({ kind: row.kind as DocumentKind, year: row.year, updatedAt: row.updatedAt, data: row.data }) as ExchangeDocument));
  }

  check(): ExportCheck {
    const school = requireSchool(this.context);
    const documents = this.snapshot();
    const issues: ExportIssue[] = documents.flatMap((document) =>
      validateDocument(document).map((issue) => ({
        severity: issue.severity,
        documentKind: document.kind,
        documentLabel: documentLabel(document),
        year: document.year,
        fieldId: issue.fieldId,
        fieldLabel: documentFieldLabel(document.kind, issue.fieldId),
        message: issue.message,
      })),
    );
    const revision = nextRevision(this.context, 'school-report', school.schoolCode);
    const period = describePeriod(documents.filter((document) => document.year !== '').map((document) => document.year));
    return {
      revision,
      fileName: packageFileName({ kind: 'school-report', schoolCode: school.schoolCode, period, revision }),
      documents: documents.map((document) => ({ kind: document.kind, year: document.year, label: documentLabel(document) })),
      errors: issues.filter((issue) => issue.severity === 'error'),
      warnings: issues.filter((issue) => issue.severity === 'warning'),
    };
  }

  async exportReport(acceptWarnings: boolean, destination?: string): Promise<WrittenFile> {
    const school = requireSchool(this.context);
    const check = this.check();
    if (check.errors.length > 0) {
      const list = check.errors.slice(0, 5).map((issue) => `${issue.documentLabel} — «${issue.fieldLabel}»: ${issue.message}`);
      const more = check.errors.length > 5 ? `; и ещё ${check.errors.length - 5}` : '';
      throw new AppError('VALIDATION_FAILED', `Пакет не сформирован: ошибок ${check.errors.length}. Исправьте их: ${list.join('; ')}${more}.`);
    }
    if (check.warnings.length > 0 && !acceptWarnings) {
      throw new AppError('VALIDATION_FAILED', `Есть предупреждения (${check.warnings.length}): просмотрите их и подтвердите отправку.`);
    }
    const documents = this.snapshot();
    const profile = documents.find((document) => document.kind === 'profile')?.data as SchoolProfile | undefined;
    const period = describePeriod(documents.filter((document) => document.year !== '').map((document) => document.year));
    const schoolName = profile?.shortName || profile?.fullName || school.schoolCode;
    return sendPackage(this.context, school, { kind: 'school-report', schoolCode: school.schoolCode, schoolName, period, payload: { documents } }, destination);
  }
}
