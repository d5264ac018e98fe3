/**
 * First run: who uses this copy. Creating an installation writes the signing key first and the
 * database rows second, in one transaction, so a failure leaves no half-made installation.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/api/errors';
import type { AppStatus, Installation, SetupInput } from '../../shared/api/schemas';
import { emptySchoolProfile, type SchoolProfile } from '../../shared/domain/school-profile';
import { nowIso, type CoreContext } from './context';
import { profileDocument } from './profile.service';
import { fingerprintOf, generateSigningKeyPair } from './signing';

export class SetupService {
  constructor(private readonly context: CoreContext) {}

  installation(): Installation | null {
    const row = this.context.installation.get();
    if (!row) return null;
    const profile = row.schoolCode ? this.context.documents.get(profileDocument(row.schoolCode)) : null;
    const schoolName = profile ? ((profile.data as SchoolProfile).shortName || (profile.data as SchoolProfile).fullName) : null;
    return {
      mode: row.mode,
      createdAt: row.createdAt,
      fingerprint: row.fingerprint,
      keyProtection: this.context.keyStore.protection(),
      schoolCode: row.schoolCode,
      schoolName,
      districtName: row.districtName,
    };
  }

  status(): AppStatus {
    return {
      state: 'ready',
      appVersion: this.context.appVersion,
      dataDir: this.context.paths.root,
      problem: null,
      installation: this.installation(),
    };
  }

  initialize(input: SetupInput): AppStatus {
    const existing = this.context.installation.get();
    if (existing) {
      const who = existing.mode === 'school' ? `школы с кодом ${existing.schoolCode}` : `куратора (${existing.districtName})`;
      throw new AppError('ALREADY_INITIALIZED', `Эта копия уже настроена как копия ${who}; ничего не изменено.`);
    }
    const keys = generateSigningKeyPair();
    this.context.keyStore.save(keys.privateKeyPkcs8);
    const createdAt = nowIso(this.context);
    const common = { installationId: randomUUID(), createdAt, publicKey: keys.publicKey, fingerprint: fingerprintOf(keys.publicKey) };
    this.context.db.transaction(() => {
      if (input.mode === 'school') {
        const profile: SchoolProfile = { ...emptySchoolProfile, ...input.profile, code: input.profile.code.trim() };
        this.context.installation.create({ ...common, mode: 'school', schoolCode: profile.code, districtName: profile.municipality, curatorName: null });
        this.context.documents.put(profileDocument(profile.code), profile, createdAt);
      } else {
        this.context.installation.create({ ...common, mode: 'curator', schoolCode: null, districtName: input.districtName, curatorName: input.curatorName });
      }
    });
    return this.status();
  }
}
