/** What waits for a trust decision, and which keys this copy trusts or refused. */
import type { PendingTrust, ReceivedPackage, TrustedKey } from '../../shared/api/exchange-api';
import { requireInstallation, type CoreContext } from './context';
import { receivedOf } from './import-outcome';

export class TrustService {
  constructor(private readonly context: CoreContext) {}

  pending(): PendingTrust[] {
    const installation = requireInstallation(this.context);
    const role = installation.mode === 'curator' ? 'school' : 'curator';
    return this.context.exchange.pendingTrust().map((row) => {
      const schoolCode = row.schoolCode ?? '';
      const current = this.context.trust.trustedKey(role, role === 'school' ? schoolCode : (installation.schoolCode ?? schoolCode));
      return {
        packageId: row.id,
        fileName: row.fileName,
        receivedAt: row.receivedAt,
        role,
        schoolCode,
        label: row.schoolName ?? '',
        fingerprint: row.fingerprint ?? '',
        previousFingerprint: current && current.publicKey !== row.publicKey ? current.fingerprint : null,
      };
    });
  }

  keys(): TrustedKey[] {
    requireInstallation(this.context);
    return this.context.trust.all().map((key) => ({
      role: key.role,
      schoolCode: key.schoolCode,
      label: key.label,
      fingerprint: key.fingerprint,
      status: key.status,
      source: key.source,
      decidedAt: key.decidedAt,
    }));
  }

  received(): ReceivedPackage[] {
    requireInstallation(this.context);
    return this.context.exchange.receivedList().map(receivedOf);
  }
}
