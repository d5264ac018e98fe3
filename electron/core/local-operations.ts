/**
 * Operations for the command line only: they take paths on this machine, so they are not part
 * of the contract that the renderer and the loopback host expose (an untrusted page must never
 * name files to read or write). Same services, same rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportOutcome, WrittenFile } from '../../shared/api/exchange-api';
import type { CoreContext } from './context';
import { EnrollmentService } from './enrollment.service';
import { ExportService } from './export.service';
import { ImportService } from './import.service';
import { ReviewService } from './review.service';
import type { TrustOptions } from './trust-gate';

export interface LocalOperations {
  importPath(file: string, options: TrustOptions): Promise<ImportOutcome>;
  exportReport(destination: string, acceptWarnings: boolean): Promise<WrittenFile>;
  respond(schoolCode: string, destination: string): Promise<WrittenFile>;
  enroll(schoolCode: string, schoolName: string, destination: string): Promise<WrittenFile>;
  /** A consistent copy of the database (SQLite online backup), also while the app is running. */
  backup(destination?: string): Promise<string>;
}

export function createLocalOperations(context: CoreContext): LocalOperations {
  const imports = new ImportService(context);
  return {
    importPath: (file, options) => imports.importPath(file, options),
    exportReport: (destination, acceptWarnings) => new ExportService(context).exportReport(acceptWarnings, destination),
    respond: (schoolCode, destination) => new ReviewService(context).export(schoolCode, destination),
    enroll: (schoolCode, schoolName, destination) => new EnrollmentService(context).create(schoolCode, schoolName, destination),
    backup: async (destination) => {
      const stamp = context.now().toISOString().replace(/[:.]/g, '-');
      const file = path.resolve(destination ?? path.join(context.paths.backups, `opora-${stamp}.sqlite`));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await context.sqlite.backup(file);
      return file;
    },
  };
}
