/**
 * Schemas of the exchange methods of the contract: export checks, import outcomes, trust
 * decisions, the curator's schools and reviews, the responses a school received.
 */
import { curatorResponsePayloadSchema, exchangeDocumentSchema, reviewStatuses } from './exchange-schemas';
import { z } from './zod';

/** Packages travel as base64 over both transports; 30 MB of base64 covers the 20 MB file limit. */
export const packageUploadSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    contentBase64: z.string().max(30 * 1024 * 1024, 'Файл слишком большой'),
  })
  .strict();

export const exportIssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  documentKind: z.string(),
  documentLabel: z.string(),
  year: z.string(),
  fieldId: z.string(),
  fieldLabel: z.string(),
  message: z.string(),
});

export const exportCheckSchema = z.object({
  revision: z.number(),
  fileName: z.string(),
  documents: z.array(z.object({ kind: z.string(), year: z.string(), label: z.string() })),
  errors: z.array(exportIssueSchema),
  warnings: z.array(exportIssueSchema),
});

export const writtenFileSchema = z.object({
  fileName: z.string(),
  path: z.string(),
  revision: z.number(),
  sha256: z.string(),
  contentBase64: z.string(),
});

export const importStatuses = ['imported', 'unchanged', 'older', 'needs-trust', 'refused', 'rejected'] as const;

export const packageWarningSchema = z.object({ code: z.string(), message: z.string() });

export const importOutcomeSchema = z.object({
  file: z.string(),
  status: z.enum(importStatuses),
  reason: z.string(),
  packageId: z.number().nullable(),
  kind: z.string().nullable(),
  schoolCode: z.string().nullable(),
  schoolName: z.string().nullable(),
  revision: z.number().nullable(),
  fingerprint: z.string().nullable(),
  warnings: z.array(packageWarningSchema),
  /** Set when a person must decide whether to trust the signer's key. */
  trust: z.object({ fingerprint: z.string(), previousFingerprint: z.string().nullable() }).nullable(),
});

export const receivedPackageSchema = z.object({
  id: z.number(),
  fileName: z.string(),
  receivedAt: z.string(),
  kind: z.string().nullable(),
  schoolCode: z.string().nullable(),
  schoolName: z.string().nullable(),
  revision: z.number().nullable(),
  fingerprint: z.string().nullable(),
  outcome: z.enum(importStatuses),
  reason: z.string(),
  warnings: z.array(packageWarningSchema),
});

export const pendingTrustSchema = z.object({
  packageId: z.number(),
  fileName: z.string(),
  receivedAt: z.string(),
  role: z.enum(['school', 'curator']),
  schoolCode: z.string(),
  /** The school's name, or the district's for a curator key. */
  label: z.string(),
  fingerprint: z.string(),
  previousFingerprint: z.string().nullable(),
});

export const trustDecisionSchema = z
  .object({ packageId: z.number().int().min(1), decision: z.enum(['accept', 'refuse']) })
  .strict();

export const trustedKeySchema = z.object({
  role: z.enum(['school', 'curator']),
  schoolCode: z.string(),
  label: z.string(),
  fingerprint: z.string(),
  status: z.enum(['trusted', 'refused', 'replaced']),
  source: z.enum(['person', 'enrollment', 'command-line']),
  decidedAt: z.string(),
});

export const schoolSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  municipality: z.string(),
  revision: z.number(),
  importedAt: z.string(),
  fingerprint: z.string(),
  passportYears: z.array(z.string()),
});

export const schoolDetailSchema = z.object({
  summary: schoolSummarySchema,
  documents: z.array(exchangeDocumentSchema),
  history: z.array(receivedPackageSchema),
});

export const reviewDraftSchema = z.object({
  reviews: z.array(
    z.object({
      kind: z.string().max(40),
      year: z.string().max(9),
      status: z.union([z.enum(reviewStatuses), z.literal('')]),
      comment: z.string().max(5000),
    }),
  ),
  protocol: z.object({ date: z.string().max(10), text: z.string().max(50000) }),
  recommendations: z.array(
    z.object({
      id: z.string().min(1).max(64),
      text: z.string().max(5000),
      addressee: z.string().max(500),
      deadline: z.string().max(10),
      documentKind: z.string().max(40).nullable(),
    }),
  ),
});

export const receivedResponseSchema = z.object({
  revision: z.number(),
  receivedAt: z.string(),
  districtName: z.string(),
  fingerprint: z.string(),
  response: curatorResponsePayloadSchema,
});

export type ExportIssue = z.infer<typeof exportIssueSchema>;
export type ExportCheck = z.infer<typeof exportCheckSchema>;
export type WrittenFile = z.infer<typeof writtenFileSchema>;
export type ImportStatus = (typeof importStatuses)[number];
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;
export type ReceivedPackage = z.infer<typeof receivedPackageSchema>;
export type PendingTrust = z.infer<typeof pendingTrustSchema>;
export type TrustedKey = z.infer<typeof trustedKeySchema>;
export type SchoolSummary = z.infer<typeof schoolSummarySchema>;
export type SchoolDetail = z.infer<typeof schoolDetailSchema>;
export type ReviewDraft = z.infer<typeof reviewDraftSchema>;
export type ReceivedResponse = z.infer<typeof receivedResponseSchema>;
