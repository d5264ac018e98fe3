import { describe, expect, it } from 'vitest';
import { errorsOf, warningsOf } from './issues';
import { emptySchoolProfile, validateSchoolProfile, type SchoolProfile } from './school-profile';

const complete: SchoolProfile = {
  ...emptySchoolProfile,
  code: '400123',
  fullName: 'МКОУ «СОШ № 1»',
  shortName: 'СОШ № 1',
  municipality: 'Жуковский район',
  type: 'secondary',
  locality: 'rural',
  directorName: 'Иванова М. П.',
  phone: '+7 (48432) 5-12-34',
  email: 'school1@mail.ru',
};

const fieldsWith = (issues: { fieldId: string }[]) => issues.map((issue) => issue.fieldId).sort();

describe('validateSchoolProfile', () => {
  it('finds nothing in a complete profile', () => {
    expect(validateSchoolProfile(complete)).toEqual([]);
  });

  it('requires the code, the full name and the municipality', () => {
    const issues = validateSchoolProfile({ ...complete, code: '', fullName: '  ', municipality: '' });
    expect(fieldsWith(errorsOf(issues))).toEqual(['code', 'fullName', 'municipality']);
  });

  it.each(['школа1', '40 01', '-400', 'a'.repeat(33), '400/1'])('refuses the code %j', (code) => {
    const issues = validateSchoolProfile({ ...complete, code });
    expect(fieldsWith(errorsOf(issues))).toEqual(['code']);
    expect(errorsOf(issues)[0]?.message).toMatch(/Код ОО/);
  });

  it.each(['400123', 'ZHK-01', 'a_1', 'a'.repeat(32)])('accepts the code %j', (code) => {
    expect(errorsOf(validateSchoolProfile({ ...complete, code }))).toEqual([]);
  });

  it('checks e-mail and phone only when they are given', () => {
    expect(validateSchoolProfile({ ...complete, email: '', phone: '' })).toEqual([]);
    const issues = validateSchoolProfile({ ...complete, email: 'school at mail', phone: 'звоните' });
    expect(fieldsWith(errorsOf(issues))).toEqual(['email', 'phone']);
  });

  it('warns, without blocking, about the type, locality and director', () => {
    const issues = validateSchoolProfile({ ...complete, type: '', locality: '', directorName: '' });
    expect(errorsOf(issues)).toEqual([]);
    expect(fieldsWith(warningsOf(issues))).toEqual(['directorName', 'locality', 'type']);
  });
});
