/**
 * The database schema. Documents are stored whole, as validated JSON per (school, kind, year):
 * a school is the only writer of its documents and packages carry whole snapshots, so nothing
 * ever merges individual fields (docs/adr/0002-documents-as-json.md).
 */
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
