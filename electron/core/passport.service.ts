/**
 * Social passports, one per academic year. Values are stored exactly as typed (strings), errors
 * included: a draft is never refused for being wrong, only reported (see passport-evaluation).
 */
import { AppError } from '../../shared/api/errors';
import type { Passport, PassportSummary } from '../../shared/api/schemas';
import { sortYearsDescending } from '../../shared/domain/academic-year';
import { errorsOf, warningsOf } from '../../shared/domain/issues';
import { evaluatePassport, type PassportValues } from '../../shared/domain/passport-evaluation';
import { nowIso, requireSchool, type CoreContext } from './context';

export const passportDocument = (schoolCode: string, year: string) => ({ schoolCode, kind: 'passport', year });

interface StoredPassport {
  values: Record<string, string>;
}

function withoutEmpty(values: PassportValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
}

export class PassportService {
  constructor(private readonly context: CoreContext) {}

  list(): PassportSummary[] {
    const school = requireSchool(this.context);
    const rows = this.context.documents.list(school.schoolCode, 'passport');
    const byYear = new Map(rows.map((row) => [row.year, row]));
    return sortYearsDescending([...byYear.keys()]).map((year) => {
      const row = byYear.get(year)!;
      const evaluation = evaluatePassport((row.data as StoredPassport).values);
      return {
        year,
        updatedAt: row.updatedAt,
        filledCount: evaluation.filledCount,
        fieldCount: evaluation.fieldCount,
        errorCount: errorsOf(evaluation.issues).length,
        warningCount: warningsOf(evaluation.issues).length,
      };
    });
  }

  get(year: string): Passport {
    const school = requireSchool(this.context);
    const row = this.context.documents.get(passportDocument(school.schoolCode, year));
    if (!row) throw new AppError('NOT_FOUND', `Социальный паспорт за ${year} учебный год ещё не создан.`);
    return { year, values: { ...(row.data as StoredPassport).values }, updatedAt: row.updatedAt };
  }

  save(year: string, values: PassportValues): { updatedAt: string } {
    const school = requireSchool(this.context);
    const key = passportDocument(school.schoolCode, year);
    if (!this.context.documents.get(key)) throw new AppError('NOT_FOUND', `Социальный паспорт за ${year} учебный год ещё не создан.`);
    const updatedAt = nowIso(this.context);
    this.context.documents.put(key, { values: withoutEmpty(values) } satisfies StoredPassport, updatedAt);
    return { updatedAt };
  }

  create(year: string, copyFrom: string | null): Passport {
    const school = requireSchool(this.context);
    const key = passportDocument(school.schoolCode, year);
    if (this.context.documents.get(key)) throw new AppError('CONFLICT', `Социальный паспорт за ${year} учебный год уже есть.`);
    const values = copyFrom === null ? {} : this.get(copyFrom).values;
    const updatedAt = nowIso(this.context);
    this.context.documents.put(key, { values } satisfies StoredPassport, updatedAt);
    return { year, values, updatedAt };
  }
}
