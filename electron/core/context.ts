/**
 * What every service of the core works with: one open database, the data folder, the key
 * store of the shell that started the core, and a clock (injectable for tests).
 */
import type Database from 'better-sqlite3';
import { DocumentsRepository } from '../../db/documents.repository';
import { ExchangeRepository } from '../../db/exchange.repository';
import { InstallationRepository } from '../../db/installation.repository';
import type { AppDatabase } from '../../db/open';
import { TrustRepository } from '../../db/trust.repository';
import type { InstallationRow } from '../../db/schema';
import { AppError } from '../../shared/api/errors';
import type { DataPaths } from './data-dir';
import type { KeyStore } from './key-store';

export interface CoreContext {
  db: AppDatabase;
  sqlite: Database.Database;
  paths: DataPaths;
  keyStore: KeyStore;
  appVersion: string;
  now: () => Date;
  installation: InstallationRepository;
  documents: DocumentsRepository;
  exchange: ExchangeRepository;
  trust: TrustRepository;
}

export function repositories(db: AppDatabase) {
  return {
    installation: new InstallationRepository(db),
    documents: new DocumentsRepository(db),
    exchange: new ExchangeRepository(db),
    trust: new TrustRepository(db),
  };
}

export function requireInstallation(context: CoreContext): InstallationRow {
  const row = context.installation.get();
  if (!row) throw new AppError('NOT_INITIALIZED', 'Копия ещё не настроена: выберите, кто ею пользуется — школа или куратор.');
  return row;
}

export function requireCurator(context: CoreContext): InstallationRow {
  const row = requireInstallation(context);
  if (row.mode !== 'curator') throw new AppError('WRONG_MODE', 'Эта операция доступна только в копии куратора.');
  return row;
}

export function requireSchool(context: CoreContext): InstallationRow & { schoolCode: string } {
  const row = requireInstallation(context);
  if (row.mode !== 'school' || !row.schoolCode) {
    throw new AppError('WRONG_MODE', 'Эта операция доступна только в копии школы.');
  }
  return { ...row, schoolCode: row.schoolCode };
}

export function nowIso(context: CoreContext): string {
  return context.now().toISOString();
}
