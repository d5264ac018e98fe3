/**
 * The exchange package's data: manifest and payload per package kind (docs/exchange-format.md).
 * Invariant: a school report's documents are a discriminated union on `kind`, one variant per
 * document the app keeps, so a new document adds exactly one variant here and one sheet builder
 * in shared/exchange/sheets/document-sheets.ts (the type checker asks for the builder).
 * Objects strip unknown keys: a field added by a newer app of the same format is dropped by an
 * older reader instead of rejecting the whole package.
 */
import { schoolProfileSchema, academicYearSchema } from './schemas';
import { schoolCodePattern, schoolCodeRule } from '../domain/school-profile';
import { z } from './zod';

/** The format this app writes and the newest it reads. */
export const exchangeFormatVersion = 1;

export const packageKinds = ['school-report', 'curator-response', 'enrollment'] as const;
export type PackageKind = (typeof packageKinds)[number];

const text = (max: number) => z.string().max(max, `Не длиннее ${max} символов`);
export const timestampSchema = z.iso.datetime({ offset: true, error: 'Дата и время в формате ISO 8601' });
const dateSchema = z.iso.date({ error: 'Дата в виде ГГГГ-ММ-ДД' });
/** Codes are never trimmed or rewritten: the signed value is the value. */
const exactSchoolCode = z.string().regex(schoolCodePattern, schoolCodeRule);
/** Any document kind, known to this version or not (a newer curator may review a newer document). */
const documentKindName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'Вид документа: латинские буквы, цифры и «-»');

export const manifestSchema = z.object({
  format: z.number().int().min(1),
  kind: z.enum(packageKinds),
  app: z.object({ name: text(100), version: text(50) }),
  createdAt: timestampSchema,
  schoolCode: exactSchoolCode,
  schoolName: text(500),
  period: text(100),
  revision: z.number().int().min(1).max(2 ** 31),
  signer: z.object({
    role: z.enum(['school', 'curator']),
    publicKey: z.string().max(200).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Открытый ключ в base64'),
    fingerprint: z.string().regex(/^\d{4}(-\d{4}){4}$/, 'Отпечаток: 20 цифр группами по 4'),
  }),
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 в шестнадцатеричном виде'),
  payloadLength: z.number().int().min(0),
});

/** What the caller of the writer supplies; the rest of the manifest is computed. */
export const manifestDraftSchema = manifestSchema.pick({ createdAt: true, schoolCode: true, schoolName: true, period: true, revision: true }).extend({ appVersion: text(50) });

/**
 * Passport values in a package. Unlike the form (which accepts only the ids of this version's
 * catalogue), a package may carry ids from a newer catalogue: they are kept as received —
 * nothing a school sent is lost — and simply not shown by a reader that does not know them.
 */
const exchangedPassportValues = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'Код поля паспорта: латинские буквы и цифры'), text(100))
  .refine((values) => Object.keys(values).length <= 500, 'Слишком много полей социального паспорта');

const documentEntry = <K extends string, Y extends z.ZodType, D extends z.ZodType>(kind: K, year: Y, data: D) =>
  z.object({ kind: z.literal(kind), year, updatedAt: timestampSchema, data });

export const exchangeDocumentSchema = z.discriminatedUnion('kind', [
  documentEntry('profile', z.literal(''), schoolProfileSchema),
  documentEntry('passport', academicYearSchema, z.object({ values: exchangedPassportValues })),
]);

export type ExchangeDocument = z.infer<typeof exchangeDocumentSchema>;
export type DocumentKind = ExchangeDocument['kind'];
export const documentKinds: readonly DocumentKind[] = exchangeDocumentSchema.options.map((option) => option.shape.kind.value);

export const schoolReportPayloadSchema = z
  .object({ documents: z.array(exchangeDocumentSchema).max(1000) })
  .superRefine((payload, context) => {
    const seen = new Set<string>();
    for (const document of payload.documents) {
      const key = `${document.kind} ${document.year}`;
      if (seen.has(key)) context.addIssue({ code: 'custom', message: `Документ повторяется: ${key.trim()}`, path: ['documents'] });
      seen.add(key);
    }
    if (payload.documents.filter((document) => document.kind === 'profile').length !== 1) {
      context.addIssue({ code: 'custom', message: 'В отчёте школы должна быть ровно одна карточка ОО', path: ['documents'] });
    }
  });

export const reviewStatuses = ['accepted', 'remarks', 'returned'] as const;

export const curatorResponsePayloadSchema = z.object({
  schoolCode: exactSchoolCode,
  /** Who answers: shown to the school, and the name its trust decision is made under. */
  curator: z.object({ districtName: text(200), curatorName: text(200) }),
  respondsTo: z.object({ revision: z.number().int().min(1).max(2 ** 31) }),
  reviews: z
    .array(
      z.object({
        kind: documentKindName,
        year: z.union([z.literal(''), academicYearSchema]),
        status: z.enum(reviewStatuses),
        comment: text(5000),
      }),
    )
    .max(1000),
  protocol: z.object({ date: dateSchema, text: text(50000) }),
  recommendations: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        text: text(5000),
        addressee: text(500),
        deadline: z.union([z.literal(''), dateSchema]),
        documentKind: documentKindName.nullable(),
      }),
    )
    .max(1000),
});

export const enrollmentPayloadSchema = z.object({
  districtName: text(200),
  schoolCode: exactSchoolCode,
  curatorName: text(200),
});

export const payloadSchemas = {
  'school-report': schoolReportPayloadSchema,
  'curator-response': curatorResponsePayloadSchema,
  enrollment: enrollmentPayloadSchema,
} as const;

/** Who signs each kind: a school reports, a curator answers and enrols. */
export const signerRoleOf: Record<PackageKind, 'school' | 'curator'> = {
  'school-report': 'school',
  'curator-response': 'curator',
  enrollment: 'curator',
};

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestDraft = z.infer<typeof manifestDraftSchema>;
export type PayloadOf<K extends PackageKind> = z.infer<(typeof payloadSchemas)[K]>;
export type SchoolReportPayload = PayloadOf<'school-report'>;
export type CuratorResponsePayload = PayloadOf<'curator-response'>;
export type EnrollmentPayload = PayloadOf<'enrollment'>;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** The school code a payload speaks for; the manifest must name the same school. */
export function payloadSchoolCode(kind: PackageKind, payload: PayloadOf<PackageKind>): string | null {
  if (kind !== 'school-report') return (payload as CuratorResponsePayload | EnrollmentPayload).schoolCode;
  const profile = (payload as SchoolReportPayload).documents.find((document) => document.kind === 'profile');
  return profile?.kind === 'profile' ? profile.data.code : null;
}
