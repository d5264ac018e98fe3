/**
 * School → curator keeps every field of every document. Written over whatever the demo school
 * holds and whatever the school copy stores, not over a list of fields or kinds: a document
 * kind added later (to the demo, the database and the package) is compared without changing
 * this test, and a kind stored by the school but forgotten by the export fails it.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../electron/core/core';
import { dataPaths } from '../../electron/core/data-dir';
import { readPackageFile } from '../../electron/core/exchange';
import { runCli } from '../../electron/cli/run-cli';
import type { SchoolDetail } from '../../shared/api/exchange-api';
import { exchangeFixture, exportReport, importFile } from '../helpers/exchange';

const copies = exchangeFixture();

/** Kinds a school copy keeps for itself and never reports (what its district sent it). */
const notReported = ['curator-response'];

interface StoredDocument {
  kind: string;
  year: string;
  updatedAt: string;
  data: unknown;
}

const byKey = (a: StoredDocument, b: StoredDocument) => a.kind.localeCompare(b.kind) || a.year.localeCompare(b.year);

/** Every document row of a school in a copy's database, as stored. */
function storedDocuments(dataDir: string, schoolCode: string): StoredDocument[] {
  const sqlite = new Database(dataPaths(dataDir).database, { readonly: true });
  try {
    const rows = sqlite.prepare('SELECT kind, year, data, updated_at AS updatedAt FROM documents WHERE school_code = ?').all(schoolCode) as { kind: string; year: string; data: string; updatedAt: string }[];
    return rows.filter((row) => !notReported.includes(row.kind)).map((row) => ({ kind: row.kind, year: row.year, updatedAt: row.updatedAt, data: JSON.parse(row.data) as unknown })).sort(byKey);
  } finally {
    sqlite.close();
  }
}

const plain = (documents: readonly StoredDocument[]) => documents.map(({ kind, year, updatedAt, data }) => ({ kind, year, updatedAt, data })).sort(byKey);

describe('a school report travels to the curator without loss', () => {
  it.each([1, 7, 42])('demo school of seed %i', async (seed) => {
    const schoolDir = path.join(copies.newDir(), 'школа');
    const demo = await runCli(['demo', 'school', '--data-dir', schoolDir, '--seed', String(seed)], { out: () => {}, err: () => {} });
    expect(demo).toBe(0);
    const school = { dir: schoolDir, core: await copies.open(schoolDir) };
    const { profile } = (await call(school.core, 'profile.get')) as { profile: { code: string } };
    const sent = storedDocuments(schoolDir, profile.code);
    expect(sent.map((document) => document.kind)).toEqual(expect.arrayContaining(['profile', 'passport']));

    const written = await exportReport(school);
    const curator = await copies.curator();
    const outcome = await importFile(curator, written.path, { trustNew: true });
    expect(outcome).toMatchObject({ status: 'imported', schoolCode: profile.code, revision: 1, warnings: [] });

    const detail = (await call(curator.core, 'schools.get', { code: profile.code })) as SchoolDetail;
    expect(plain(detail.documents)).toEqual(sent);
    expect(storedDocuments(curator.dir, profile.code)).toEqual(sent);
    const travelled = await readPackageFile(written.path);
    expect(travelled.kind === 'school-report' && plain(travelled.payload.documents)).toEqual(sent);
  });
});
