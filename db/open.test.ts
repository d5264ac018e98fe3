import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/api/errors';
import { fileHash } from '../test/helpers/files';
import { tempDirs } from '../test/helpers/temp-dir';
import { russian } from '../test/helpers/text';
import { knownMigrationCount, openDatabase, type OpenDatabaseOptions } from './open';

const committedMigrations = path.join(import.meta.dirname, 'migrations');
const newDir = tempDirs('opora-db-');

function options(dir: string, migrationsFolder = committedMigrations): OpenDatabaseOptions {
  return { file: path.join(dir, 'opora.sqlite'), migrationsFolder, backupsDir: path.join(dir, 'backups') };
}

async function createMigrated(dir: string): Promise<string> {
  const opened = await openDatabase(options(dir));
  opened.sqlite.close();
  return options(dir).file;
}

/** Changes a database file behind the app's back (as another program or a newer app would). */
function tamper(file: string, sql: string) {
  const sqlite = new Database(file);
  sqlite.exec(sql);
  sqlite.close();
}

const tables = (sqlite: Database.Database) =>
  (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);

/** A copy of the committed migrations with one more trivial migration: "the next app version". */
function extendedMigrations(dir: string): string {
  const folder = path.join(dir, 'migrations-next');
  fs.cpSync(committedMigrations, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_test_extra' });
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  fs.writeFileSync(path.join(folder, '9999_test_extra.sql'), 'CREATE TABLE `test_extra` (`id` integer PRIMARY KEY NOT NULL);\n');
  return folder;
}

describe('openDatabase on a new file', () => {
  it('applies every migration and switches on WAL and foreign keys', async () => {
    const dir = newDir();
    const opened = await openDatabase(options(dir));
    try {
      expect(tables(opened.sqlite)).toEqual(expect.arrayContaining(['__drizzle_migrations', 'documents', 'installation']));
      expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      const known = knownMigrationCount(committedMigrations);
      expect(known).toBeGreaterThan(0);
      expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(known);
      expect(opened.schemaVersion).toBe(known);
      expect(opened.backupFile).toBeNull();
      expect(fs.existsSync(options(dir).backupsDir)).toBe(false);
    } finally {
      opened.sqlite.close();
    }
  });

  it('opens an up-to-date database again without a backup and keeps its data', async () => {
    const dir = newDir();
    const file = await createMigrated(dir);
    tamper(file, `INSERT INTO documents (school_code, kind, year, data, updated_at) VALUES ('400123', 'profile', '', '{}', '2025-10-01')`);
    const opened = await openDatabase(options(dir));
    try {
      expect(opened.backupFile).toBeNull();
      expect(opened.sqlite.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    } finally {
      opened.sqlite.close();
    }
  });
});

describe('openDatabase on a database from a newer app', () => {
  it('refuses a higher user_version with DB_TOO_NEW and leaves the file as it was', async () => {
    const dir = newDir();
    const file = await createMigrated(dir);
    tamper(file, 'PRAGMA user_version = 99');
    const before = fileHash(file);
    const error = await openDatabase(options(dir)).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'DB_TOO_NEW' });
    expect((error as AppError).message).toMatch(russian);
    expect((error as AppError).message).toContain('версия схемы 99');
    expect(fileHash(file)).toBe(before);
    expect(fs.existsSync(options(dir).backupsDir)).toBe(false);
  });

  it('refuses more rows in __drizzle_migrations than it knows, and changes nothing', async () => {
    const dir = newDir();
    const file = await createMigrated(dir);
    tamper(file, `INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-a-newer-app', 99999999999999)`);
    const before = fileHash(file);
    await expect(openDatabase(options(dir))).rejects.toMatchObject({ code: 'DB_TOO_NEW', message: expect.stringMatching(russian) });
    expect(fileHash(file)).toBe(before);
    const sqlite = new Database(file, { readonly: true });
    expect(sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: knownMigrationCount(committedMigrations) + 1 });
    sqlite.close();
  });

  it('does not even create tables in a newer but empty database', async () => {
    const dir = newDir();
    const file = options(dir).file;
    tamper(file, 'PRAGMA user_version = 7');
    const before = fileHash(file);
    await expect(openDatabase(options(dir))).rejects.toMatchObject({ code: 'DB_TOO_NEW' });
    expect(fileHash(file)).toBe(before);
  });
});

describe('openDatabase on a database at an older schema', () => {
  it('copies the database to the backups folder before migrating', async () => {
    const dir = newDir();
    const file = await createMigrated(dir);
    tamper(file, `INSERT INTO documents (school_code, kind, year, data, updated_at) VALUES ('400123', 'passport', '2025/2026', '{"values":{}}', '2025-10-01')`);
    const next = extendedMigrations(dir);
    const known = knownMigrationCount(committedMigrations);

    const opened = await openDatabase(options(dir, next));
    try {
      expect(opened.schemaVersion).toBe(known + 1);
      expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(known + 1);
      expect(tables(opened.sqlite)).toContain('test_extra');
      expect(opened.sqlite.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    } finally {
      opened.sqlite.close();
    }

    expect(opened.backupFile).not.toBeNull();
    const backupFile = opened.backupFile!;
    expect(path.dirname(backupFile)).toBe(options(dir).backupsDir);
    expect(fs.readdirSync(options(dir).backupsDir)).toEqual([path.basename(backupFile)]);
    const backup = new Database(backupFile, { readonly: true });
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(known);
      expect(tables(backup)).not.toContain('test_extra');
      expect(backup.prepare('SELECT school_code, year FROM documents').all()).toEqual([{ school_code: '400123', year: '2025/2026' }]);
    } finally {
      backup.close();
    }
  });

  it('makes no backup of a new, empty database', async () => {
    const dir = newDir();
    const opened = await openDatabase(options(dir, extendedMigrations(dir)));
    opened.sqlite.close();
    expect(opened.backupFile).toBeNull();
    expect(fs.existsSync(options(dir).backupsDir)).toBe(false);
  });
});

describe('openDatabase on a file that is not a database', () => {
  const notADatabase = (dir: string) => {
    const file = options(dir).file;
    fs.writeFileSync(file, 'Это не база данных, а список учеников.\n'.repeat(200));
    return file;
  };

  it('answers DB_UNAVAILABLE in Russian and leaves the file unchanged', async () => {
    const dir = newDir();
    const file = notADatabase(dir);
    const before = fileHash(file);
    await expect(openDatabase(options(dir))).rejects.toMatchObject({ code: 'DB_UNAVAILABLE', message: expect.stringMatching(/Файл не изменён/) });
    expect(fileHash(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['opora.sqlite']);
  });

  // On Windows an open handle locks the file: the person could not move it away from the recovery screen.
  it.runIf(fs.existsSync('/proc/self/fd'))('does not keep the file open', async () => {
    const dir = newDir();
    const file = notADatabase(dir);
    await expect(openDatabase(options(dir))).rejects.toMatchObject({ code: 'DB_UNAVAILABLE' });
    const handles = fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(path.join('/proc/self/fd', fd)) === fs.realpathSync(file);
      } catch {
        return false;
      }
    });
    expect(handles).toEqual([]);
  });
});
