/**
 * The registry of visible sheets per document kind of a school report. Invariant: every
 * variant of `exchangeDocumentSchema` has exactly one builder here (the mapped type makes a
 * missing one a type error), and builders are pure functions of the signed document.
 * Adding a document: add its variant to shared/api/exchange-schemas.ts, then its builder here.
 */
import type { DocumentKind, ExchangeDocument } from '../../api/exchange-schemas';
import type { SheetModel } from '../sheet-model';
import { passportSheet } from './passport-sheet';
import { profileSheet } from './profile-sheet';

type DocumentOf<K extends DocumentKind> = Extract<ExchangeDocument, { kind: K }>;

interface DocumentSheetBuilder<K extends DocumentKind> {
  /** The kind's name in a curator's review («Социальный паспорт»). */
  kindLabel: string;
  /** How one document is named in lists («Социальный паспорт 2025/2026»). */
  label: (document: DocumentOf<K>) => string;
  build: (document: DocumentOf<K>) => SheetModel;
}

export const documentSheets: { [K in DocumentKind]: DocumentSheetBuilder<K> } = {
  profile: { kindLabel: 'Карточка ОО', label: () => 'Карточка ОО', build: profileSheet },
  passport: { kindLabel: 'Социальный паспорт', label: (document) => `Социальный паспорт ${document.year}`, build: passportSheet },
};

/** Order of sheets in a report: by the registry's order of kinds, then by year. */
const kindOrder = Object.keys(documentSheets) as DocumentKind[];

export function sortDocuments(documents: readonly ExchangeDocument[]): ExchangeDocument[] {
  return [...documents].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
}

function builderOf<K extends DocumentKind>(kind: K): DocumentSheetBuilder<K> {
  return documentSheets[kind] as DocumentSheetBuilder<K>;
}

export function documentLabel(document: ExchangeDocument): string {
  return builderOf(document.kind).label(document as never);
}

export function documentSheet(document: ExchangeDocument): SheetModel {
  return builderOf(document.kind).build(document as never);
}

/** Names of document kinds in a curator's review, including kinds this version does not know. */
export function documentKindLabel(kind: string): string {
  return Object.hasOwn(documentSheets, kind) ? documentSheets[kind as DocumentKind].kindLabel : kind;
}
