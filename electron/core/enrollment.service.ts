/**
 * The curator's enrollment file for a school: the district's name and the curator's public key,
 * signed. A school that opens it trusts the district's key from the first day, without reading
 * a fingerprint over the phone.
 */
import type { WrittenFile } from '../../shared/api/exchange-api';
import { currentAcademicYear } from '../../shared/domain/academic-year';
import { requireCurator, type CoreContext } from './context';
import { isoWithLocalOffset } from './exchange';
import { writeSentPackage } from './package-output';
import { loadSigningKey } from './signing-key';

export class EnrollmentService {
  constructor(private readonly context: CoreContext) {}

  async create(schoolCode: string, schoolName: string, destination?: string): Promise<WrittenFile> {
    const curator = requireCurator(this.context);
    const known = this.context.exchange.snapshot(schoolCode);
    return writeSentPackage(
      this.context,
      {
        kind: 'enrollment',
        manifest: {
          appVersion: this.context.appVersion,
          createdAt: isoWithLocalOffset(this.context.now()),
          schoolCode,
          schoolName: schoolName.trim() || known?.schoolName || schoolCode,
          period: currentAcademicYear(this.context.now()),
          revision: this.context.exchange.lastSentRevision('enrollment', schoolCode) + 1,
        },
        payload: { districtName: curator.districtName ?? '', schoolCode, curatorName: curator.curatorName ?? '' },
        privateKeyPkcs8: loadSigningKey(this.context, curator),
        publicKey: curator.publicKey,
      },
      destination,
    );
  }
}
