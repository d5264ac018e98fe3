/**
 * The curator's enrollment file for a school: the district's name and the curator's public key,
 * signed. A school that opens it trusts the district's key from the first day, without reading
 * a fingerprint over the phone.
 */
import type { WrittenFile } from '../../shared/api/exchange-api';
import { currentAcademicYear } from '../../shared/domain/academic-year';
import { requireCurator, type CoreContext } from './context';
import { sendPackage } from './package-output';

export class EnrollmentService {
  constructor(private readonly context: CoreContext) {}

  async create(schoolCode: string, schoolName: string, destination?: string): Promise<WrittenFile> {
    const curator = requireCurator(this.context);
    const known = this.context.exchange.snapshot(schoolCode);
    const payload = { districtName: curator.districtName ?? '', schoolCode, curatorName: curator.curatorName ?? '' };
    const name = schoolName.trim() || known?.schoolName || schoolCode;
    return sendPackage(this.context, curator, { kind: 'enrollment', schoolCode, schoolName: name, period: currentAcademicYear(this.context.now()), payload }, destination);
  }
}
