/**
 * Receiving packages: a curator receives school reports, a school receives curator responses
 * and enrollment files. Invariants: every file is kept (received/ or quarantine/) and logged
 * with its hash and verdict; a file is verified completely before anything is stored; the
 * data change, the log row and any trust decision are written in one transaction, so a
 * failure leaves the data as they were. Files are handled one at a time (never a whole batch
 * in memory).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { ImportOutcome } from '../../shared/api/exchange-api';
import type { InstallationRow, ReceivedPackageRow } from '../../db/schema';
import { nowIso, requireInstallation, type CoreContext } from './context';
import { applyCuratorResponse, applyEnrollment, applySchoolReport, type Applied } from './apply-package';
import { defaultLimits, PackageRejected, readPackage, type VerifiedPackage } from './exchange';
import { reasons } from './exchange/rejection';
import { sha256Hex } from './exchange/signed-data';
import { keepReceived, quarantine, readKept } from './received-files';
import { checkTrust, refuseSigner, signerOf, trustSigner, type TrustOptions } from './trust-gate';
import { outcomeOf } from './import-outcome';

const acceptedKinds: Record<InstallationRow['mode'], readonly string[]> = {
  curator: ['school-report'],
  school: ['curator-response', 'enrollment'],
};

const kindNames: Record<string, string> = { 'school-report': 'отчёт школы', 'curator-response': 'ответ куратора', enrollment: 'файл подключения' };

export class ImportService {
  constructor(private readonly context: CoreContext) {}

  async importPath(file: string, options: TrustOptions = {}): Promise<ImportOutcome> {
    const fileName = path.basename(file);
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch (error) {
      return this.reject(null, fileName, 'n/a', `не удалось прочитать файл (${(error as NodeJS.ErrnoException).code ?? 'ошибка'})`);
    }
    if (size > defaultLimits.maxFileBytes) {
      return this.reject(null, fileName, 'n/a', `${reasons.tooLarge(size, defaultLimits.maxFileBytes)}; файл оставлен на месте: ${file}`);
    }
    return this.importBytes(fs.readFileSync(file), fileName, options);
  }

  async importBytes(bytes: Uint8Array, fileName: string, options: TrustOptions = {}): Promise<ImportOutcome> {
    const installation = requireInstallation(this.context);
    const sha256 = sha256Hex(bytes);
    const prior = this.context.exchange.receivedByHash(sha256)[0];
    if (prior && ['imported', 'unchanged', 'older'].includes(prior.outcome)) {
      const row = this.context.exchange.addReceived({ ...withoutId(prior), fileName, receivedAt: nowIso(this.context), outcome: 'unchanged', reason: `этот файл уже получен ${prior.receivedAt.slice(0, 10)}` });
      return outcomeOf(row, null);
    }
    let verified: VerifiedPackage;
    try {
      verified = await readPackage(bytes, { fileName });
    } catch (error) {
      if (error instanceof PackageRejected) return this.reject(bytes, fileName, sha256, error.reason);
      throw error;
    }
    if (!acceptedKinds[installation.mode].includes(verified.kind)) {
      const expected = acceptedKinds[installation.mode].map((kind) => kindNames[kind]).join(' или ');
      return this.reject(bytes, fileName, sha256, `это ${kindNames[verified.kind]}, а эта копия принимает только ${expected}`);
    }
    if (installation.mode === 'school' && verified.manifest.schoolCode !== installation.schoolCode) {
      return this.reject(bytes, fileName, sha256, `пакет адресован школе с кодом ${verified.manifest.schoolCode}, а это копия школы ${installation.schoolCode}`);
    }
    const storedPath = keepReceived(this.context, bytes, sha256);
    return this.context.db.transaction(() => {
      const waiting = prior?.outcome === 'needs-trust';
      const row = waiting ? prior : this.context.exchange.addReceived(this.rowFor(verified, fileName, sha256, storedPath));
      return this.settle(installation, verified, row, options, !waiting);
    });
  }

  /** A person's decision about a package waiting for trust. */
  async decide(packageId: number, decision: 'accept' | 'refuse'): Promise<ImportOutcome> {
    const installation = requireInstallation(this.context);
    const row = this.context.exchange.received(packageId);
    if (!row || row.outcome !== 'needs-trust') throw new AppError('NOT_FOUND', 'Этот пакет не ждёт решения о доверии: возможно, решение уже принято.');
    const verified = await readPackage(readKept(this.context, row.storedPath), { fileName: row.fileName });
    const outcome = this.context.db.transaction(() => {
      if (decision === 'refuse') {
        refuseSigner(this.context, verified, installation.schoolCode);
        // Everything else waiting on the same key is refused with it: one decision per key.
        for (const waiting of this.context.exchange.pendingTrust().filter((pending) => pending.publicKey === row.publicKey)) {
          this.context.exchange.updateReceived(waiting.id, { outcome: 'refused', reason: 'ключ подписи отклонён' });
        }
        return outcomeOf({ ...row, outcome: 'refused', reason: 'ключ подписи отклонён' }, null);
      }
      trustSigner(this.context, verified, installation.schoolCode, 'person');
      return this.settle(installation, verified, row, {});
    });
    if (decision === 'accept') await this.settleWaitingFrom(verified.manifest.signer.publicKey);
    return outcome;
  }

  /** `arrived`: the file has just been logged (a key change is logged once per file, not on every retry). */
  private settle(installation: InstallationRow, verified: VerifiedPackage, row: ReceivedPackageRow, options: TrustOptions, arrived = false): ImportOutcome {
    const verdict = checkTrust(this.context, verified, installation.schoolCode, options);
    if (verdict.state === 'replaced') {
      const reason = `подписан прежним ключом ${verified.fingerprint}, который заменён новым: сохранён в истории, текущим не стал`;
      this.context.exchange.updateReceived(row.id, { outcome: 'older', reason });
      return outcomeOf({ ...row, outcome: 'older', reason }, null);
    }
    if (verdict.state !== 'trusted') {
      const outcome = verdict.state === 'refused' ? 'refused' : 'needs-trust';
      const reason = verdict.state === 'refused' ? 'ключ подписи ранее отклонён' : verdict.previousFingerprint ? `ВНИМАНИЕ: ключ подписи сменился (был ${verdict.previousFingerprint}, теперь ${verified.fingerprint}); нужно явное подтверждение` : `новый ключ подписи ${verified.fingerprint}: сверьте отпечаток и примите решение`;
      if (verdict.state === 'needs-trust' && verdict.previousFingerprint && arrived) {
        const signer = signerOf(verified, installation.schoolCode);
        this.context.trust.log({ at: nowIso(this.context), schoolCode: signer.schoolCode, event: 'key-change-detected', fingerprint: verified.fingerprint, previousFingerprint: verdict.previousFingerprint, detail: `${signer.label}; файл ${row.fileName}` });
      }
      this.context.exchange.updateReceived(row.id, { outcome, reason });
      return outcomeOf({ ...row, outcome, reason }, verdict.state === 'needs-trust' ? { fingerprint: verified.fingerprint, previousFingerprint: verdict.previousFingerprint } : null);
    }
    const applied: Applied =
      verified.kind === 'school-report' ? applySchoolReport(this.context, verified, row.id) : verified.kind === 'curator-response' ? applyCuratorResponse(this.context, verified) : applyEnrollment(verified);
    this.context.exchange.updateReceived(row.id, { outcome: applied.status, reason: applied.reason });
    return outcomeOf({ ...row, outcome: applied.status, reason: applied.reason }, null);
  }

  /** After a key is accepted, packages that waited for the same key are applied too. */
  private async settleWaitingFrom(publicKey: string) {
    const installation = requireInstallation(this.context);
    for (const row of this.context.exchange.pendingTrust().filter((pending) => pending.publicKey === publicKey)) {
      const verified = await readPackage(readKept(this.context, row.storedPath), { fileName: row.fileName });
      this.context.db.transaction(() => this.settle(installation, verified, row, {}));
    }
  }

  private rowFor(verified: VerifiedPackage, fileName: string, sha256: string, storedPath: string) {
    const signer = signerOf(verified, null);
    return {
      fileName,
      fileSha256: sha256,
      receivedAt: nowIso(this.context),
      kind: verified.kind,
      schoolCode: verified.manifest.schoolCode,
      schoolName: verified.kind === 'school-report' ? verified.manifest.schoolName : signer.label,
      revision: verified.manifest.revision,
      fingerprint: verified.fingerprint,
      publicKey: verified.manifest.signer.publicKey,
      payloadSha256: verified.manifest.payloadSha256,
      outcome: 'needs-trust' as const,
      reason: '',
      warnings: verified.warnings.map((warning) => ({ code: warning.code, message: warning.message })),
      storedPath,
    };
  }

  private reject(bytes: Uint8Array | null, fileName: string, sha256: string, reason: string): ImportOutcome {
    const storedPath = quarantine(this.context, bytes, fileName, sha256, reason);
    const row = this.context.exchange.addReceived({
      fileName, fileSha256: sha256, receivedAt: nowIso(this.context), kind: null, schoolCode: null, schoolName: null, revision: null,
      fingerprint: null, publicKey: null, payloadSha256: null, outcome: 'rejected', reason, warnings: [], storedPath,
    });
    return outcomeOf(row, null);
  }
}

function withoutId(row: ReceivedPackageRow) {
  const { id: _id, ...rest } = row;
  return rest;
}
