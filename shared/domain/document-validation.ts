/**
 * The rules of every document kind a school keeps, in one registry: export runs all of them
 * and refuses to sign while any finds an error. A new document kind adds one entry here.
 */
import { passportField, passportSumRules } from '../catalogs/passport-fields';
import type { DocumentKind, ExchangeDocument } from '../api/exchange-schemas';
import type { Issue } from './issues';
import { evaluatePassport } from './passport-evaluation';
import { schoolProfileLabels, validateSchoolProfile, type SchoolProfile } from './school-profile';

type DocumentOf<K extends DocumentKind> = Extract<ExchangeDocument, { kind: K }>;

interface DocumentRules<K extends DocumentKind> {
  validate: (document: DocumentOf<K>) => Issue[];
  fieldLabel: (fieldId: string) => string;
}


export const documentRules: { [K in DocumentKind]: DocumentRules<K> } = {
  profile: {
    validate: (document) => validateSchoolProfile(document.data),
    fieldLabel: (fieldId) => schoolProfileLabels[fieldId as keyof SchoolProfile] ?? fieldId,
  },
  passport: {
    validate: (document) => evaluatePassport(document.data.values).issues,
    fieldLabel: (fieldId) => passportField(fieldId)?.label ?? passportSumRules.find((rule) => rule.id === fieldId)?.label ?? fieldId,
  },
};

export function validateDocument(document: ExchangeDocument): Issue[] {
  return (documentRules[document.kind] as DocumentRules<DocumentKind>).validate(document as never);
}

export function documentFieldLabel(kind: DocumentKind, fieldId: string): string {
  return (documentRules[kind] as DocumentRules<DocumentKind>).fieldLabel(fieldId);
}
