/**
 * The database schema. Documents are stored whole, as validated JSON per (school, kind, year):
 * a school is the only writer of its documents and packages carry whole snapshots, so nothing
 * ever merges individual fields (docs/adr/0002-documents-as-json.md).
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const installation = sqliteTable(
  'installation',
  {
    id: integer('id').primaryKey(),
    mode: text('mode', { enum: ['school', 'curator'] }).notNull(),
    installationId: text('installation_id').notNull(),
    createdAt: text('created_at').notNull(),
    publicKey: text('public_key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    schoolCode: text('school_code'),
    districtName: text('district_name'),
    curatorName: text('curator_name'),
  },
  (table) => [check('installation_singleton', sql`${table.id} = 1`)],
);

export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    schoolCode: text('school_code').notNull(),
    kind: text('kind').notNull(),
    year: text('year').notNull().default(''),
    data: text('data', { mode: 'json' }).notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('documents_school_kind_year').on(table.schoolCode, table.kind, table.year)],
);

export type InstallationRow = typeof installation.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;

/**
 * Signing keys this copy trusts: schools' keys in a curator's copy, the district's key in a
 * school's copy. A key is trusted only after a person saw its fingerprint (or an enrollment
 * file brought it); a school's replaced key stays as 'replaced' for the record.
 */
export const trustedKeys = sqliteTable(
  'trusted_keys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    role: text('role', { enum: ['school', 'curator'] }).notNull(),
    schoolCode: text('school_code').notNull(),
    publicKey: text('public_key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    status: text('status', { enum: ['trusted', 'refused', 'replaced'] }).notNull(),
    source: text('source', { enum: ['person', 'enrollment', 'command-line'] }).notNull(),
    label: text('label').notNull().default(''),
    decidedAt: text('decided_at').notNull(),
  },
  (table) => [uniqueIndex('trusted_keys_role_school_key').on(table.role, table.schoolCode, table.publicKey)],
);

/** Every package file this copy received, with its hash, what was decided and where the file is kept. */
export const receivedPackages = sqliteTable(
  'received_packages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    receivedAt: text('received_at').notNull(),
    kind: text('kind'),
    schoolCode: text('school_code'),
    schoolName: text('school_name'),
    revision: integer('revision'),
    fingerprint: text('fingerprint'),
    publicKey: text('public_key'),
    payloadSha256: text('payload_sha256'),
    outcome: text('outcome', { enum: ['imported', 'unchanged', 'older', 'needs-trust', 'refused', 'rejected'] }).notNull(),
    reason: text('reason').notNull().default(''),
    warnings: text('warnings', { mode: 'json' }).notNull().$type<{ code: string; message: string }[]>().default([]),
    storedPath: text('stored_path').notNull(),
  },
  (table) => [index('received_packages_hash').on(table.fileSha256), index('received_packages_school').on(table.schoolCode, table.revision)],
);

/** The curator's pointer to each school's current snapshot (the newest revision imported). */
export const schoolSnapshots = sqliteTable('school_snapshots', {
  schoolCode: text('school_code').primaryKey(),
  revision: integer('revision').notNull(),
  packageId: integer('package_id')
    .notNull()
    .references(() => receivedPackages.id),
  payloadSha256: text('payload_sha256').notNull(),
  schoolName: text('school_name').notNull(),
  municipality: text('municipality').notNull(),
  fingerprint: text('fingerprint').notNull(),
  importedAt: text('imported_at').notNull(),
});

/** The log of trust decisions and key changes, never edited. */
export const trustEvents = sqliteTable('trust_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  schoolCode: text('school_code').notNull(),
  event: text('event', { enum: ['accepted', 'refused', 'key-change-detected', 'key-change-confirmed'] }).notNull(),
  fingerprint: text('fingerprint').notNull(),
  previousFingerprint: text('previous_fingerprint'),
  detail: text('detail').notNull().default(''),
});

/** Packages this copy wrote: school reports (revision grows) and curator responses. */
export const sentPackages = sqliteTable('sent_packages', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  schoolCode: text('school_code').notNull(),
  revision: integer('revision').notNull(),
  createdAt: text('created_at').notNull(),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
});

/** The curator's working draft of the response to each school (review statuses, protocol, recommendations). */
export const reviewDrafts = sqliteTable('review_drafts', {
  schoolCode: text('school_code').primaryKey(),
  data: text('data', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

export type TrustedKeyRow = typeof trustedKeys.$inferSelect;
export type ReceivedPackageRow = typeof receivedPackages.$inferSelect;
export type SchoolSnapshotRow = typeof schoolSnapshots.$inferSelect;
