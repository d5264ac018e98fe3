/**
 * Opens the database and brings its schema up to date. Invariants:
 * - a database written by a newer app (more migrations than this app knows) is refused before
 *   anything is written to it, with a Russian message; it is never "repaired";
 * - before migrating a database that already holds data, a copy goes to the backups folder;
 * - WAL and foreign keys are on for every connection.
 * The schema version is kept in `PRAGMA user_version` (number of applied migrations).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../shared/api/errors';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema>;

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: AppDatabase;
  schemaVersion: number;
  backupFile: string | null;
}

export interface OpenDatabaseOptions {
  file: string;
  migrationsFolder: string;
  backupsDir: string;
}

export function knownMigrationCount(migrationsFolder: string): number {
  const journalFile = path.join(migrationsFolder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

function appliedMigrationCount(sqlite: Database.Database): number {
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  const rows = table ? (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n : 0;
  return Math.max(userVersion, rows);
}

function openFile(file: string): Database.Database {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file);
    sqlite.pragma('schema_version'); // reads the header: fails here for a file that is not a database
    return sqlite;
  } catch (error) {
    // Close at once: a handle left to the garbage collector keeps the file locked on Windows.
    sqlite?.close();
    throw new AppError('DB_UNAVAILABLE', `Не удалось открыть базу данных ${file}: файл повреждён или это не база «Опоры» (${(error as Error).message}). Файл не изменён.`);
  }
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = openFile(options.file);
  try {
    const known = knownMigrationCount(options.migrationsFolder);
    const applied = appliedMigrationCount(sqlite);
    if (applied > known) {
      throw new AppError(
        'DB_TOO_NEW',
        `База данных ${options.file} создана более новой версией «Опоры» (версия схемы ${applied}, это приложение знает до ${known}). Установите новую версию приложения; данные не изменены.`,
      );
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    let backupFile: string | null = null;
    if (applied > 0 && applied < known) {
      fs.mkdirSync(options.backupsDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      backupFile = path.join(options.backupsDir, `opora-before-schema-${known}-${stamp}.sqlite`);
      await sqlite.backup(backupFile);
    }
    const db = drizzle(sqlite, { schema });
    if (applied < known) {
      migrate(db, { migrationsFolder: options.migrationsFolder });
      sqlite.pragma(`user_version = ${known}`);
    }
    return { sqlite, db, schemaVersion: known, backupFile };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
