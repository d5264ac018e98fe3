/**
 * Indicators of the social well-being index (ИСБ) and the reference table a school uses when
 * it has no district distribution to compare against. The table is versioned data: a district
 * replaces it with means and deviations of its own schools. Where the numbers come from and how
 * to replace them: docs/isb-method.md.
 */
export interface IsbIndicator {
  id: string;
  label: string;
  /** Share = numerator / denominator, both social passport fields. */
  numerator: string;
  denominator: string;
  /** +1 when a larger share means better conditions, −1 when worse. */
  direction: 1 | -1;
}

export interface IsbReferenceValue {
  mean: number;
  sd: number;
  weight: number;
}

export interface IsbReferenceTable {
  version: string;
  title: string;
  source: string;
  /** Share of indicators that must be filled for the index to be computed. */
  minFilledShare: number;
  /** Below this value the school reads as working in unfavourable social conditions. */
  unfavourableBelow: number;
  values: Readonly<Record<string, IsbReferenceValue>>;
}

export const isbIndicators: readonly IsbIndicator[] = [
  { id: 'parentsHigherEducation', label: 'Родители с высшим образованием', numerator: 'parentsHigherEducation', denominator: 'parentsTotal', direction: 1 },
  { id: 'singleParent', label: 'Обучающиеся из неполных семей', numerator: 'studentsSingleParent', denominator: 'studentsTotal', direction: -1 },
  { id: 'largeFamilies', label: 'Обучающиеся из многодетных семей', numerator: 'studentsLargeFamilies', denominator: 'studentsTotal', direction: -1 },
  { id: 'lowIncome', label: 'Обучающиеся из малообеспеченных семей', numerator: 'studentsLowIncome', denominator: 'studentsTotal', direction: -1 },
  { id: 'unemployedParents', label: 'Безработные родители', numerator: 'parentsUnemployed', denominator: 'parentsTotal', direction: -1 },
  { id: 'nonNative', label: 'Обучающиеся, для которых русский язык не родной', numerator: 'studentsNonNative', denominator: 'studentsTotal', direction: -1 },
  { id: 'ovz', label: 'Обучающиеся с ОВЗ', numerator: 'studentsOvz', denominator: 'studentsTotal', direction: -1 },
  { id: 'preventiveRegisters', label: 'Обучающиеся на профилактическом учёте', numerator: 'studentsRegistered', denominator: 'studentsTotal', direction: -1 },
  { id: 'guardianship', label: 'Обучающиеся под опекой', numerator: 'studentsGuardianship', denominator: 'studentsTotal', direction: -1 },
];

export const defaultIsbReference: IsbReferenceTable = {
  version: 'opora-2026.1',
  title: 'Ориентировочные значения для сельских школ (по умолчанию)',
  source: 'Оценки команды «Опоры» по открытым данным; см. docs/isb-method.md. Заменяются распределением школ района.',
  minFilledShare: 0.7,
  unfavourableBelow: -0.5,
  values: {
    parentsHigherEducation: { mean: 0.27, sd: 0.12, weight: 1 },
    singleParent: { mean: 0.24, sd: 0.09, weight: 1 },
    largeFamilies: { mean: 0.22, sd: 0.11, weight: 1 },
    lowIncome: { mean: 0.28, sd: 0.14, weight: 1 },
    unemployedParents: { mean: 0.1, sd: 0.07, weight: 1 },
    nonNative: { mean: 0.06, sd: 0.1, weight: 1 },
    ovz: { mean: 0.08, sd: 0.05, weight: 1 },
    preventiveRegisters: { mean: 0.025, sd: 0.02, weight: 1 },
    guardianship: { mean: 0.035, sd: 0.025, weight: 1 },
  },
};
