/**
 * Rules of the school profile (карточка ОО). The code identifies the school in every package
 * and file name, so it is restricted to letters, digits, '-' and '_'.
 */
import type { Issue } from './issues';

export interface SchoolProfile {
  code: string;
  fullName: string;
  shortName: string;
  municipality: string;
  type: string;
  locality: string;
  cluster: string;
  directorName: string;
  phone: string;
  email: string;
  address: string;
  curatorName: string;
  mentorName: string;
  partnerSchool: string;
}

/** What each profile field is called, in the form, in the package sheet and in messages. */
export const schoolProfileLabels: Record<keyof SchoolProfile, string> = {
  code: 'Код ОО',
  fullName: 'Полное наименование',
  shortName: 'Краткое наименование',
  municipality: 'Муниципалитет',
  type: 'Тип школы',
  locality: 'Местность',
  cluster: 'Кластер',
  directorName: 'Директор (ФИО)',
  phone: 'Телефон',
  email: 'Электронная почта',
  address: 'Адрес',
  curatorName: 'Куратор (ФИО)',
  mentorName: 'Наставник или тьютор (ФИО)',
  partnerSchool: 'Школа-лидер (партнёр по сетевому взаимодействию)',
};

export const schoolCodePattern = /^[0-9A-Za-z][0-9A-Za-z_-]{0,31}$/;
export const schoolCodeRule = 'Код ОО: от 1 до 32 латинских букв, цифр, «-» или «_», например 400123';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^[+\d][\d\s()-]{4,}$/;

export const emptySchoolProfile: SchoolProfile = {
  code: '',
  fullName: '',
  shortName: '',
  municipality: '',
  type: '',
  locality: '',
  cluster: '',
  directorName: '',
  phone: '',
  email: '',
  address: '',
  curatorName: '',
  mentorName: '',
  partnerSchool: '',
};

export function validateSchoolProfile(profile: SchoolProfile): Issue[] {
  const issues: Issue[] = [];
  const error = (fieldId: string, message: string) => issues.push({ severity: 'error', fieldId, code: 'profile', message });
  const warning = (fieldId: string, message: string) => issues.push({ severity: 'warning', fieldId, code: 'profile', message });
  if (!schoolCodePattern.test(profile.code.trim())) error('code', schoolCodeRule);
  if (profile.fullName.trim() === '') error('fullName', 'Укажите полное наименование школы');
  if (profile.municipality.trim() === '') error('municipality', 'Укажите муниципалитет');
  if (profile.type === '') warning('type', 'Укажите тип школы');
  if (profile.locality === '') warning('locality', 'Укажите, городская школа или сельская');
  if (profile.directorName.trim() === '') warning('directorName', 'Укажите ФИО директора');
  if (profile.email.trim() !== '' && !emailPattern.test(profile.email.trim())) error('email', 'Адрес почты выглядит неверно, например school@mail.ru');
  if (profile.phone.trim() !== '' && !phonePattern.test(profile.phone.trim())) error('phone', 'Телефон: цифры, пробелы, скобки и «-», например +7 (48432) 5-12-34');
  return issues;
}
