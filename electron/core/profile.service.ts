/**
 * The school profile (карточка ОО) of the school that owns this copy. The code is fixed at
 * setup: it names the school in every package the district has already trusted.
 */
import { AppError } from '../../shared/api/errors';
import type { SchoolProfileDraft } from '../../shared/api/schemas';
import { emptySchoolProfile, type SchoolProfile } from '../../shared/domain/school-profile';
import { nowIso, requireSchool, type CoreContext } from './context';

export const profileDocument = (schoolCode: string) => ({ schoolCode, kind: 'profile', year: '' });

export class ProfileService {
  constructor(private readonly context: CoreContext) {}

  get(): { profile: SchoolProfile; updatedAt: string } {
    const school = requireSchool(this.context);
    const row = this.context.documents.get(profileDocument(school.schoolCode));
    if (!row) return { profile: { ...emptySchoolProfile, code: school.schoolCode }, updatedAt: school.createdAt };
    return { profile: { ...emptySchoolProfile, ...(row.data as Partial<SchoolProfile>) }, updatedAt: row.updatedAt };
  }

  save(profile: SchoolProfileDraft): { updatedAt: string } {
    const school = requireSchool(this.context);
    if (profile.code.trim() !== school.schoolCode) {
      throw new AppError('INVALID_INPUT', `Код школы (${school.schoolCode}) задан при настройке и не меняется: по нему район узнаёт школу.`);
    }
    const updatedAt = nowIso(this.context);
    this.context.documents.put(profileDocument(school.schoolCode), { ...profile, code: school.schoolCode }, updatedAt);
    return { updatedAt };
  }
}
