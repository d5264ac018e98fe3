/**
 * THE contract between the UI (or the command line) and the core: every method `domain.verb`
 * with its input and output schema. Both transports (IPC and the loopback host) validate
 * inputs against it; `type Api` is derived from it. A test pins the exact list of methods.
 */
import {
  academicYearSchema,
  appStatusSchema,
  passportSchema,
  passportSummarySchema,
  passportValuesSchema,
  schoolProfileSchema,
  setupInputSchema,
} from './schemas';
import {
  exportCheckSchema,
  importOutcomeSchema,
  packageUploadSchema,
  pendingTrustSchema,
  receivedPackageSchema,
  receivedResponseSchema,
  reviewDraftSchema,
  schoolDetailSchema,
  schoolSummarySchema,
  trustDecisionSchema,
  trustedKeySchema,
  writtenFileSchema,
} from './exchange-api';
import { schoolCodeSchema } from './schemas';
import { z } from './zod';

const nothing = z.object({}).strict();
const savedAt = z.object({ updatedAt: z.string() });

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'app.status': method(nothing, appStatusSchema),
  'setup.initialize': method(setupInputSchema, appStatusSchema),
  'profile.get': method(nothing, z.object({ profile: schoolProfileSchema, updatedAt: z.string() })),
  'profile.save': method(z.object({ profile: schoolProfileSchema }).strict(), savedAt),
  'passport.list': method(nothing, z.array(passportSummarySchema)),
  'passport.get': method(z.object({ year: academicYearSchema }).strict(), passportSchema),
  'passport.save': method(z.object({ year: academicYearSchema, values: passportValuesSchema }).strict(), savedAt),
  'passport.create': method(
    z.object({ year: academicYearSchema, copyFrom: academicYearSchema.nullable() }).strict(),
    passportSchema,
  ),
  'exchange.checkExport': method(nothing, exportCheckSchema),
  'exchange.exportReport': method(z.object({ acceptWarnings: z.boolean() }).strict(), writtenFileSchema),
  'exchange.importPackage': method(packageUploadSchema, importOutcomeSchema),
  'exchange.received': method(nothing, z.array(receivedPackageSchema)),
  'trust.pending': method(nothing, z.array(pendingTrustSchema)),
  'trust.decide': method(trustDecisionSchema, importOutcomeSchema),
  'trust.keys': method(nothing, z.array(trustedKeySchema)),
  'trust.enrollment': method(z.object({ schoolCode: schoolCodeSchema, schoolName: z.string().max(500) }).strict(), writtenFileSchema),
  'schools.list': method(nothing, z.array(schoolSummarySchema)),
  'schools.get': method(z.object({ code: schoolCodeSchema }).strict(), schoolDetailSchema),
  'review.get': method(z.object({ code: schoolCodeSchema }).strict(), reviewDraftSchema),
  'review.save': method(z.object({ code: schoolCodeSchema, review: reviewDraftSchema }).strict(), savedAt),
  'review.export': method(z.object({ code: schoolCodeSchema }).strict(), writtenFileSchema),
  'responses.list': method(nothing, z.array(receivedResponseSchema)),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** The API as the UI sees it: one async function per method. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
