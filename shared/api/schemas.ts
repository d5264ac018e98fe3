/**
 * zod schemas of the values that cross the boundary. Inputs are bounded (lengths, known keys)
 * because the renderer and the loopback host are untrusted.
 */
import { passportFieldIds } from '../catalogs/passport-fields';
import { codesOf, localities, schoolClusters, schoolTypes } from '../catalogs/school-options';
import { isAcademicYear } from '../domain/academic-year';
import { schoolCodePattern, schoolCodeRule } from '../domain/school-profile';
import { z } from './zod';

const text = (max: number) => z.string().max(max, `Не длиннее ${max} символов`);

/** A code from a closed list, or '' while not chosen. */
const optionalCode = (list: readonly { code: string }[], what: string) =>
  z.union([z.enum(codesOf(list)), z.literal('')], { error: `${what}: выберите значение из списка` });

export const academicYearSchema = z.string().refine(isAcademicYear, 'Учебный год в виде «2025/2026»');

export const schoolCodeSchema = z.string().trim().regex(schoolCodePattern, schoolCodeRule);

export const schoolProfileSchema = z.object({
  code: text(32),
  fullName: text(500),
  shortName: text(200),
  municipality: text(200),
  type: optionalCode(schoolTypes, 'Тип школы'),
  locality: optionalCode(localities, 'Местность'),
  cluster: optionalCode(schoolClusters, 'Кластер'),
  directorName: text(200),
  phone: text(100),
  email: text(200),
  address: text(500),
  curatorName: text(200),
  mentorName: text(200),
  partnerSchool: text(500),
});

const knownPassportField = new Set(passportFieldIds);

export const passportValuesSchema = z
  .record(z.string(), text(100))
  .refine((values) => Object.keys(values).every((key) => knownPassportField.has(key)), 'Неизвестное поле социального паспорта');

export const keyProtectionSchema = z.object({
  kind: z.enum(['os-keychain', 'user-file']),
  description: z.string(),
});

export const installationSchema = z.object({
  mode: z.enum(['school', 'curator']),
  createdAt: z.string(),
  fingerprint: z.string(),
  keyProtection: keyProtectionSchema,
  schoolCode: z.string().nullable(),
  schoolName: z.string().nullable(),
  districtName: z.string().nullable(),
});

export const appStatusSchema = z.object({
  state: z.enum(['ready', 'unavailable']),
  appVersion: z.string(),
  dataDir: z.string(),
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  installation: installationSchema.nullable(),
});

export const setupInputSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('school'),
    profile: schoolProfileSchema.extend({
      code: schoolCodeSchema,
      fullName: text(500).trim().min(1, 'Укажите полное наименование школы'),
      municipality: text(200).trim().min(1, 'Укажите муниципалитет'),
    }),
  }),
  z.object({
    mode: z.literal('curator'),
    districtName: text(200).trim().min(1, 'Укажите муниципалитет (район)'),
    curatorName: text(200),
  }),
]);

export const passportSummarySchema = z.object({
  year: z.string(),
  updatedAt: z.string(),
  filledCount: z.number(),
  fieldCount: z.number(),
  errorCount: z.number(),
  warningCount: z.number(),
});

export const passportSchema = z.object({
  year: z.string(),
  values: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});

export type SchoolProfileDraft = z.infer<typeof schoolProfileSchema>;
export type AppStatus = z.infer<typeof appStatusSchema>;
export type Installation = z.infer<typeof installationSchema>;
export type KeyProtection = z.infer<typeof keyProtectionSchema>;
export type SetupInput = z.infer<typeof setupInputSchema>;
export type PassportSummary = z.infer<typeof passportSummarySchema>;
export type Passport = z.infer<typeof passportSchema>;
