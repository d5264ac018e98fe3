/**
 * The social passport of a school (социальный паспорт), one per academic year: the groups of
 * domain.md section 2 and the Жуковский staff table (age bands, qualification categories).
 * The catalogue is data: the form, the validation rules, the shares, the ИСБ and the package
 * sheet are all generated from it, so adding a field here is the whole change.
 * Field ids are stable English identifiers stored in the database and in packages: never rename one.
 */
export type PassportFieldKind = 'count' | 'number' | 'choice';

export interface ChoiceOption {
  code: string;
  label: string;
}

export interface PassportField {
  id: string;
  label: string;
  kind: PassportFieldKind;
  unit?: string;
  /** The whole this field is a part of: the share is shown and a part larger than its whole is an error. */
  partOf?: string;
  /** Above this value the number is impossible (an error). */
  max?: number;
  /** Above this value the number is unusual (a warning). */
  warnAbove?: number;
  /** Above this share of its whole the number is unusual (a warning). */
  warnShareAbove?: number;
  options?: readonly ChoiceOption[];
  hint?: string;
}

export interface PassportGroup {
  id: string;
  title: string;
  fields: readonly PassportField[];
}

const count = (id: string, label: string, extra: Partial<PassportField> = {}): PassportField => ({
  id,
  label,
  kind: 'count',
  unit: 'чел.',
  ...extra,
});

const ageBands: readonly [string, string][] = [
  ['teachersAgeUnder25', 'моложе 25 лет'],
  ['teachersAge25to29', '25–29 лет'],
  ['teachersAge30to34', '30–34 года'],
  ['teachersAge35to39', '35–39 лет'],
  ['teachersAge40to44', '40–44 года'],
  ['teachersAge45to49', '45–49 лет'],
  ['teachersAge50to54', '50–54 года'],
  ['teachersAge55to59', '55–59 лет'],
  ['teachersAge60to64', '60–64 года'],
  ['teachersAge65plus', '65 лет и старше'],
];

export const teacherAgeBandIds = ageBands.map(([id]) => id);

export const internetQualityOptions: readonly ChoiceOption[] = [
  { code: 'none', label: 'Нет доступа' },
  { code: 'low', label: 'Низкая скорость (до 10 Мбит/с)' },
  { code: 'medium', label: 'Средняя скорость (10–50 Мбит/с)' },
  { code: 'high', label: 'Высокая скорость (от 50 Мбит/с)' },
];

export const infrastructureOptions: readonly ChoiceOption[] = [
  { code: 'none', label: 'Отсутствует' },
  { code: 'minimal', label: 'Минимальная (клуб, библиотека)' },
  { code: 'developed', label: 'Развитая (учреждения культуры, спорта, дополнительного образования)' },
];

export const equipmentLevelOptions: readonly ChoiceOption[] = [
  { code: 'critical', label: 'Критически низкий' },
  { code: 'low', label: 'Низкий' },
  { code: 'sufficient', label: 'Достаточный' },
  { code: 'high', label: 'Высокий' },
];

export const passportGroups: readonly PassportGroup[] = [
  {
    id: 'contingent',
    title: 'Контингент обучающихся',
    fields: [
      count('studentsTotal', 'Обучающихся всего', { max: 10000, warnAbove: 2500 }),
      count('studentsPrimary', 'в т. ч. в 1–4 классах', { partOf: 'studentsTotal' }),
      count('studentsBasic', 'в т. ч. в 5–9 классах', { partOf: 'studentsTotal' }),
      count('studentsSecondary', 'в т. ч. в 10–11 классах', { partOf: 'studentsTotal' }),
      count('studentsLearningProblems', 'Дети с проблемами в обучении и поведении', {
        partOf: 'studentsTotal',
        warnShareAbove: 0.5,
      }),
    ],
  },
  {
    id: 'families',
    title: 'Семьи',
    fields: [
      count('studentsLargeFamilies', 'Обучающиеся из многодетных семей', { partOf: 'studentsTotal', warnShareAbove: 0.7 }),
      count('studentsSingleParent', 'Обучающиеся из неполных семей', { partOf: 'studentsTotal', warnShareAbove: 0.7 }),
      count('studentsLowIncome', 'Обучающиеся из малообеспеченных семей', { partOf: 'studentsTotal', warnShareAbove: 0.8 }),
      count('parentsTotal', 'Родителей (законных представителей) всего'),
      count('parentsHigherEducation', 'в т. ч. с высшим образованием', { partOf: 'parentsTotal' }),
      count('parentsNoVocational', 'в т. ч. без профессионального образования', { partOf: 'parentsTotal' }),
      count('parentsUnemployed', 'в т. ч. безработных', { partOf: 'parentsTotal', warnShareAbove: 0.6 }),
    ],
  },
  {
    id: 'care',
    title: 'Опека и попечительство',
    fields: [
      count('studentsGuardianship', 'Обучающиеся под опекой (попечительством)', { partOf: 'studentsTotal', warnShareAbove: 0.3 }),
      count('studentsFosterFamilies', 'Обучающиеся из приёмных семей', { partOf: 'studentsTotal', warnShareAbove: 0.3 }),
    ],
  },
  {
    id: 'health',
    title: 'Здоровье',
    fields: [
      count('studentsOvz', 'Обучающиеся с ОВЗ', { partOf: 'studentsTotal', warnShareAbove: 0.5 }),
      count('studentsDisabled', 'Дети-инвалиды', { partOf: 'studentsTotal', warnShareAbove: 0.3 }),
    ],
  },
  {
    id: 'registers',
    title: 'Профилактический учёт',
    fields: [
      count('studentsRegistered', 'Обучающиеся на профилактическом учёте, всего', { partOf: 'studentsTotal', warnShareAbove: 0.3 }),
      count('studentsInSchoolRegister', 'в т. ч. на внутришкольном учёте (ВШУ)', { partOf: 'studentsRegistered' }),
      count('studentsKdnRegister', 'в т. ч. на учёте в КДН и ЗП', { partOf: 'studentsRegistered' }),
    ],
  },
  {
    id: 'language',
    title: 'Язык',
    fields: [
      count('studentsNonNative', 'Обучающиеся, для которых русский язык не родной (инофоны)', { partOf: 'studentsTotal' }),
      count('studentsLimitedRussian', 'в т. ч. слабо владеющие русским языком', { partOf: 'studentsNonNative' }),
    ],
  },
  {
    id: 'territory',
    title: 'Территория',
    fields: [
      { id: 'distanceToCentreKm', label: 'Расстояние до районного центра', kind: 'number', unit: 'км', max: 5000, warnAbove: 600 },
      count('studentsTransported', 'Подвозимых к школе (подвоз)', { partOf: 'studentsTotal' }),
      { id: 'internetQuality', label: 'Доступ к интернету', kind: 'choice', options: internetQualityOptions },
      { id: 'infrastructure', label: 'Социокультурная инфраструктура населённого пункта', kind: 'choice', options: infrastructureOptions },
    ],
  },
  {
    id: 'staff',
    title: 'Педагогические кадры',
    fields: [
      count('teachersTotal', 'Педагогических работников всего', { max: 1000, warnAbove: 250 }),
      count('teachersHigherEducation', 'с высшим образованием', { partOf: 'teachersTotal' }),
      count('teachersPedagogicalEducation', 'в т. ч. с высшим педагогическим', { partOf: 'teachersHigherEducation' }),
      count('teachersCategoryHighest', 'с высшей квалификационной категорией', { partOf: 'teachersTotal' }),
      count('teachersCategoryFirst', 'с первой квалификационной категорией', { partOf: 'teachersTotal' }),
      count('teachersCategoryConformity', 'с соответствием занимаемой должности', { partOf: 'teachersTotal' }),
      ...ageBands.map(([id, label]) => count(id, `в возрасте ${label}`, { partOf: 'teachersTotal' })),
      count('teachersMultiSubject', 'ведут несколько предметов', { partOf: 'teachersTotal' }),
      count('teachersMismatchedEducation', 'ведут предмет без соответствующего образования', { partOf: 'teachersTotal' }),
      count('vacancies', 'Вакансии', { unit: 'ед.', warnAbove: 30 }),
      { id: 'averageLoadHours', label: 'Средняя учебная нагрузка педагога', kind: 'number', unit: 'ч/нед.', max: 80, warnAbove: 36 },
    ],
  },
  {
    id: 'equipment',
    title: 'Оснащение',
    fields: [
      { id: 'equipmentLevel', label: 'Уровень материально-технического оснащения', kind: 'choice', options: equipmentLevelOptions },
      count('computersForStudents', 'Компьютеров для обучающихся', { unit: 'шт.' }),
    ],
  },
];

/** Parts that together cannot exceed their whole (a sum larger than the whole is an error). */
export interface SumRule {
  id: string;
  label: string;
  parts: readonly string[];
  whole: string;
  /** When the parts are meant to add up to the whole, a smaller sum is a warning. */
  warnWhenLess: boolean;
}

export const passportSumRules: readonly SumRule[] = [
  { id: 'sum:studentLevels', label: 'Сумма по уровням образования', parts: ['studentsPrimary', 'studentsBasic', 'studentsSecondary'], whole: 'studentsTotal', warnWhenLess: true },
  { id: 'sum:parentEducation', label: 'Родители с высшим и без профессионального образования', parts: ['parentsHigherEducation', 'parentsNoVocational'], whole: 'parentsTotal', warnWhenLess: false },
  { id: 'sum:teacherCategories', label: 'Сумма по квалификационным категориям', parts: ['teachersCategoryHighest', 'teachersCategoryFirst', 'teachersCategoryConformity'], whole: 'teachersTotal', warnWhenLess: false },
  { id: 'sum:teacherAges', label: 'Сумма по возрастам', parts: teacherAgeBandIds, whole: 'teachersTotal', warnWhenLess: true },
];

/** Ratios between fields outside which a value is unusual for the school's size (warnings). */
export interface RatioRule {
  id: string;
  numerator: string;
  denominator: string;
  min: number;
  max: number;
  /** The field the warning is shown next to. */
  fieldId: string;
  describe: string;
}

export const passportRatioRules: readonly RatioRule[] = [
  { id: 'ratio:studentsPerTeacher', numerator: 'studentsTotal', denominator: 'teachersTotal', min: 2, max: 30, fieldId: 'teachersTotal', describe: 'обучающихся на одного педагога' },
  { id: 'ratio:parentsPerStudent', numerator: 'parentsTotal', denominator: 'studentsTotal', min: 0.5, max: 2.5, fieldId: 'parentsTotal', describe: 'родителей на одного обучающегося' },
  { id: 'ratio:vacanciesPerTeacher', numerator: 'vacancies', denominator: 'teachersTotal', min: 0, max: 0.5, fieldId: 'vacancies', describe: 'вакансий на одного педагога' },
  { id: 'ratio:computersPerStudent', numerator: 'computersForStudents', denominator: 'studentsTotal', min: 0, max: 2, fieldId: 'computersForStudents', describe: 'компьютеров на одного обучающегося' },
];

export const passportFields: readonly PassportField[] = passportGroups.flatMap((group) => group.fields);

export const passportFieldIds: readonly string[] = passportFields.map((field) => field.id);

const fieldsById = new Map(passportFields.map((field) => [field.id, field]));

export function passportField(id: string): PassportField | undefined {
  return fieldsById.get(id);
}
