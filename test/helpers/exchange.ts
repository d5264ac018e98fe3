/**
 * School and curator copies for exchange tests: a school copy filled with a deterministic demo
 * school through the core (as `opora demo school` does), a curator copy, packages written with
 * an installation's own key, and a dump of what a copy stores, to prove that nothing changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { call, type Core } from '../../electron/core/core';
import { dataPaths } from '../../electron/core/data-dir';
import { generateDemoSchool, type DemoSchool } from '../../electron/core/demo/demo-school';
import { UserFileKeyStore } from '../../electron/core/key-store';
import { publicKeyOf } from '../../electron/core/signing';
import type { ImportOutcome, WrittenFile } from '../../shared/api/exchange-api';
import { coreFixture, curatorSetup, steppingClock } from './core';

/** Fills an empty school copy with demo school `seed`/`index`, through the contract. */
export async function fillDemoSchool(core: Core, seed: number, index = 0): Promise<DemoSchool> {
  const demo = generateDemoSchool(seed, index);
  await call(core, 'setup.initialize', { mode: 'school', profile: demo.profile });
  for (const passport of demo.passports) {
    await call(core, 'passport.create', { year: passport.year, copyFrom: null });
    await call(core, 'passport.save', { year: passport.year, values: passport.values });
  }
  return demo;
}

/** The private key an installation keeps in its data folder (the user-file key store). */
export function installationKey(dataDir: string): { privateKeyPkcs8: Buffer; publicKey: string } {
  const privateKeyPkcs8 = new UserFileKeyStore(dataPaths(dataDir).keys).load();
  if (!privateKeyPkcs8) throw new Error(`no key in ${dataDir}`);
  return { privateKeyPkcs8, publicKey: publicKeyOf(privateKeyPkcs8) };
}

const storedTables = ['installation', 'documents', 'school_snapshots', 'trusted_keys', 'trust_events', 'review_drafts', 'sent_packages'] as const;

/** Every row a copy stores except the log of received files: what an import may change. */
export function dumpStore(dataDir: string): Record<string, unknown[]> {
  const sqlite = new Database(dataPaths(dataDir).database, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(storedTables.map((table) => [table, sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}

/** The rows of the log of received files. */
export function receivedRows(dataDir: string): Record<string, unknown>[] {
  const sqlite = new Database(dataPaths(dataDir).database, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare('SELECT * FROM received_packages ORDER BY id').all() as Record<string, unknown>[];
  } finally {
    sqlite.close();
  }
}

/** Files in the quarantine folder of a copy, relative to it, sorted. */
export function quarantineFiles(dataDir: string): string[] {
  const root = path.join(dataPaths(dataDir).root, 'quarantine');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(root, name)).isFile()).sort();
}

export function quarantineText(dataDir: string, name: string): string {
  return fs.readFileSync(path.join(dataPaths(dataDir).root, 'quarantine', name), 'utf8');
}

export interface Copy {
  dir: string;
  core: Core;
}

export interface SchoolCopy extends Copy {
  demo: DemoSchool;
  code: string;
}

/** Call once per test file: school and curator copies on fresh temp folders, closed and removed after each test. */
export function exchangeFixture() {
  const cores = coreFixture();
  return {
    ...cores,
    async school(seed = 1, index = 0, start = '2025-10-01T09:00:00.000Z'): Promise<SchoolCopy> {
      const { dir, core } = await cores.fresh({ now: steppingClock(start) });
      const demo = await fillDemoSchool(core, seed, index);
      return { dir, core, demo, code: demo.profile.code };
    },
    async curator(start = '2026-01-15T07:00:00.000Z'): Promise<Copy> {
      const { dir, core } = await cores.fresh({ now: steppingClock(start) });
      await call(core, 'setup.initialize', curatorSetup);
      return { dir, core };
    },
    /** A folder for files outside any data folder (what arrives by e-mail). */
    inbox(): string {
      return cores.newDir();
    },
  };
}

export async function exportReport(copy: Copy): Promise<WrittenFile> {
  return (await call(copy.core, 'exchange.exportReport', { acceptWarnings: true })) as WrittenFile;
}

export function importFile(copy: Copy, file: string, options: { trustNew?: boolean; acceptKeyChange?: string[] } = {}): Promise<ImportOutcome> {
  return copy.core.local.importPath(file, options);
}

export async function decide(copy: Copy, packageId: number, decision: 'accept' | 'refuse'): Promise<ImportOutcome> {
  return (await call(copy.core, 'trust.decide', { packageId, decision })) as ImportOutcome;
}
