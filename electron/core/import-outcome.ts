/** The import result as the contract reports it, from the row that logs the received file. */
import type { ImportOutcome, ReceivedPackage } from '../../shared/api/exchange-api';
import type { ReceivedPackageRow } from '../../db/schema';

export function receivedOf(row: ReceivedPackageRow): ReceivedPackage {
  return {
    id: row.id,
    fileName: row.fileName,
    receivedAt: row.receivedAt,
    kind: row.kind,
    schoolCode: row.schoolCode,
    schoolName: row.schoolName,
    revision: row.revision,
    fingerprint: row.fingerprint,
    outcome: row.outcome,
    reason: row.reason,
    warnings: row.warnings,
  };
}

export function outcomeOf(row: ReceivedPackageRow, trust: ImportOutcome['trust']): ImportOutcome {
  return {
    file: row.fileName,
    status: row.outcome,
    reason: row.reason,
    packageId: row.id,
    kind: row.kind,
    schoolCode: row.schoolCode,
    schoolName: row.schoolName,
    revision: row.revision,
    fingerprint: row.fingerprint,
    warnings: row.warnings,
    trust,
  };
}

export function rejectedOutcome(fileName: string, reason: string): ImportOutcome {
  return { file: fileName, status: 'rejected', reason, packageId: null, kind: null, schoolCode: null, schoolName: null, revision: null, fingerprint: null, warnings: [], trust: null };
}
