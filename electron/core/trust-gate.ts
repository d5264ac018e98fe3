/**
 * Decides whether the signer of a verified package is trusted. Invariants:
 * - an unknown key is never trusted silently: a person accepts it after seeing its fingerprint
 *   (or the command line says --trust-new, or an enrollment file brings the district's key);
 * - a known school (or district) arriving with a different key is held until someone explicitly
 *   confirms the change, and the change is logged;
 * - a refused key stays refused;
 * - a package signed by a key that was trusted and then replaced is authentic but superseded:
 *   it is kept in history and never becomes current, without asking anyone again.
 */
import type { VerifiedPackage } from './exchange';
import { nowIso, type CoreContext } from './context';

export interface TrustOptions {
  trustNew?: boolean;
  /** School codes whose key change is confirmed in advance (the command line's --accept-key-change). */
  acceptKeyChange?: readonly string[];
}

export type TrustVerdict =
  | { state: 'trusted' }
  | { state: 'refused' }
  /** Signed by a key this copy trusted before and has since replaced (a late file from the old laptop). */
  | { state: 'replaced' }
  | { state: 'needs-trust'; previousFingerprint: string | null };

/** Whose key signs a package and under which school code it is registered. */
export function signerOf(verified: VerifiedPackage, ownSchoolCode: string | null) {
  const role = verified.manifest.signer.role;
  const schoolCode = role === 'school' ? verified.manifest.schoolCode : (ownSchoolCode ?? verified.manifest.schoolCode);
  const label = verified.kind === 'school-report' ? verified.manifest.schoolName : verified.kind === 'curator-response' ? verified.payload.curator.districtName : verified.payload.districtName;
  return { role, schoolCode, label, publicKey: verified.manifest.signer.publicKey, fingerprint: verified.fingerprint };
}

export function checkTrust(context: CoreContext, verified: VerifiedPackage, ownSchoolCode: string | null, options: TrustOptions): TrustVerdict {
  const signer = signerOf(verified, ownSchoolCode);
  const known = context.trust.keysOf(signer.role, signer.schoolCode);
  const same = known.find((key) => key.publicKey === signer.publicKey);
  if (same?.status === 'trusted') return { state: 'trusted' };
  if (same?.status === 'refused') return { state: 'refused' };
  if (same?.status === 'replaced') return { state: 'replaced' };
  const current = known.find((key) => key.status === 'trusted') ?? null;
  const enrollment = verified.kind === 'enrollment';
  if (current) {
    if (options.acceptKeyChange?.includes(signer.schoolCode)) {
      trustSigner(context, verified, ownSchoolCode, 'command-line');
      return { state: 'trusted' };
    }
    return { state: 'needs-trust', previousFingerprint: current.fingerprint };
  }
  if (options.trustNew || enrollment) {
    trustSigner(context, verified, ownSchoolCode, enrollment ? 'enrollment' : 'command-line');
    return { state: 'trusted' };
  }
  return { state: 'needs-trust', previousFingerprint: null };
}

export function trustSigner(context: CoreContext, verified: VerifiedPackage, ownSchoolCode: string | null, source: 'person' | 'enrollment' | 'command-line') {
  const signer = signerOf(verified, ownSchoolCode);
  const previous = context.trust.trustedKey(signer.role, signer.schoolCode);
  const at = nowIso(context);
  context.trust.decide({ role: signer.role, schoolCode: signer.schoolCode, publicKey: signer.publicKey, fingerprint: signer.fingerprint, status: 'trusted', source, label: signer.label, decidedAt: at });
  const changed = previous !== null && previous.publicKey !== signer.publicKey;
  context.trust.log({
    at,
    schoolCode: signer.schoolCode,
    event: changed ? 'key-change-confirmed' : 'accepted',
    fingerprint: signer.fingerprint,
    previousFingerprint: changed ? previous.fingerprint : null,
    detail: `${signer.label}; решение: ${source === 'person' ? 'человек' : source === 'enrollment' ? 'файл подключения' : 'командная строка'}`,
  });
}

export function refuseSigner(context: CoreContext, verified: VerifiedPackage, ownSchoolCode: string | null) {
  const signer = signerOf(verified, ownSchoolCode);
  const at = nowIso(context);
  context.trust.decide({ role: signer.role, schoolCode: signer.schoolCode, publicKey: signer.publicKey, fingerprint: signer.fingerprint, status: 'refused', source: 'person', label: signer.label, decidedAt: at });
  context.trust.log({ at, schoolCode: signer.schoolCode, event: 'refused', fingerprint: signer.fingerprint, previousFingerprint: null, detail: signer.label });
}
