import { describe, expect, it } from 'vitest';
import { defaultIsbReference, isbIndicators, type IsbReferenceTable } from '../catalogs/isb-reference';
import { computeIsb, type IsbResult } from './isb';
import { evaluatePassport, type PassportValues } from './passport-evaluation';

const isbOf = (values: PassportValues, reference: IsbReferenceTable = defaultIsbReference) => computeIsb(evaluatePassport(values), reference);
const indicator = (result: IsbResult, id: string) => {
  const found = result.indicators.find((item) => item.id === id);
  if (!found) throw new Error(`нет показателя ${id}`);
  return found;
};

/**
 * A school of 100 students and 200 parents whose shares sit a whole number of deviations from
 * the default reference (μ, σ): the z-scores below are worked out by hand from domain.md,
 * zᵢ = dᵢ·(xᵢ − μᵢ)/σᵢ.
 */
const handWorked = {
  values: {
    studentsTotal: '100',
    parentsTotal: '200',
    parentsHigherEducation: '78', // 0.39: +1·(0.39 − 0.27)/0.12 = +1
    studentsSingleParent: '15', //   0.15: −1·(0.15 − 0.24)/0.09 = +1
    studentsLargeFamilies: '44', //  0.44: −1·(0.44 − 0.22)/0.11 = −2
    studentsLowIncome: '28', //      0.28: −1·(0.28 − 0.28)/0.14 =  0
    parentsUnemployed: '34', //      0.17: −1·(0.17 − 0.10)/0.07 = −1
    studentsNonNative: '6', //       0.06: −1·(0.06 − 0.06)/0.10 =  0
    studentsOvz: '3', //             0.03: −1·(0.03 − 0.08)/0.05 = +1
    studentsRegistered: '2', //      0.02: −1·(0.02 − 0.025)/0.02 = +0.25
    studentsGuardianship: '6', //    0.06: −1·(0.06 − 0.035)/0.025 = −1
  },
  z: {
    parentsHigherEducation: 1,
    singleParent: 1,
    largeFamilies: -2,
    lowIncome: 0,
    unemployedParents: -1,
    nonNative: 0,
    ovz: 1,
    preventiveRegisters: 0.25,
    guardianship: -1,
  } as Record<string, number>,
  // equal weights: (1 + 1 − 2 + 0 − 1 + 0 + 1 + 0.25 − 1) / 9 = −0.75 / 9
  value: -0.75 / 9,
};

/** A reference where every share is compared with μ = 0.5, σ = 0.25: exact in binary. */
const flatReference: IsbReferenceTable = {
  ...defaultIsbReference,
  version: 'test-flat',
  values: Object.fromEntries(isbIndicators.map((item) => [item.id, { mean: 0.5, sd: 0.25, weight: 1 }])),
};

/** Eight students and eight parents; `bad` of each group in the unfavourable direction. */
function flatSchool(bad: number): Record<string, string> {
  return {
    studentsTotal: '8',
    parentsTotal: '8',
    parentsHigherEducation: String(8 - bad),
    ...Object.fromEntries(
      isbIndicators.filter((item) => item.direction === -1).map((item) => [item.numerator, String(bad)]),
    ),
  };
}

describe('computeIsb', () => {
  it('matches the hand-worked z-scores, contributions and index', () => {
    const result = isbOf(handWorked.values);
    expect(result.computed).toBe(true);
    expect(result.filledCount).toBe(9);
    expect(result.referenceVersion).toBe(defaultIsbReference.version);
    for (const item of result.indicators) {
      const expected = handWorked.z[item.id];
      expect(expected, item.id).toBeDefined();
      expect(item.z, item.id).toBeCloseTo(expected ?? NaN, 10);
      expect(item.contribution, item.id).toBeCloseTo((expected ?? NaN) / 9, 10);
      expect(item.missingReason).toBeNull();
    }
    expect(indicator(result, 'singleParent').share).toBeCloseTo(0.15, 12);
    expect(result.value).toBeCloseTo(handWorked.value, 10);
    expect(result.unfavourable).toBe(false);
  });

  it('has contributions that add up to the index, with unequal weights too', () => {
    const weighted: IsbReferenceTable = {
      ...defaultIsbReference,
      values: { ...defaultIsbReference.values, largeFamilies: { mean: 0.22, sd: 0.11, weight: 3 } },
    };
    const result = isbOf(handWorked.values, weighted);
    const sum = result.indicators.reduce((total, item) => total + (item.contribution ?? 0), 0);
    expect(result.value).toBeCloseTo(sum, 12);
    // Σ wz / Σ w = (−0.75 − 2·2) / 11: the heavier indicator pulls the index down
    expect(result.value).toBeCloseTo(-4.75 / 11, 10);
    expect(indicator(result, 'largeFamilies').contribution).toBeCloseTo((3 * -2) / 11, 10);
  });

  it('turns the sign with the direction: more is better (+1) or worse (−1)', () => {
    // both shares one deviation above their mean
    const result = isbOf({ studentsTotal: '100', parentsTotal: '100', parentsHigherEducation: '39', studentsSingleParent: '33' });
    expect(indicator(result, 'parentsHigherEducation').direction).toBe(1);
    expect(indicator(result, 'parentsHigherEducation').z).toBeCloseTo(1, 10);
    expect(indicator(result, 'singleParent').direction).toBe(-1);
    expect(indicator(result, 'singleParent').z).toBeCloseTo(-1, 10);
  });

  it('reads unfavourable conditions only below −0.5', () => {
    const atBoundary = isbOf(flatSchool(5), flatReference); // every z = −0.5 exactly
    expect(atBoundary.value).toBe(-0.5);
    expect(atBoundary.unfavourable).toBe(false);
    const below = isbOf(flatSchool(6), flatReference); // every z = −1
    expect(below.value).toBe(-1);
    expect(below.unfavourable).toBe(true);
    const good = isbOf(flatSchool(3), flatReference); // every z = +0.5
    expect(good.value).toBe(0.5);
    expect(good.unfavourable).toBe(false);
  });

  it('is computed with 7 of 9 indicators (70 %) and not with 6', () => {
    const { studentsGuardianship: _g, studentsRegistered: _r, ...seven } = handWorked.values;
    const withSeven = isbOf(seven);
    expect(withSeven.requiredCount).toBe(7);
    expect(withSeven.filledCount).toBe(7);
    expect(withSeven.computed).toBe(true);
    expect(withSeven.value).toBeCloseTo((-0.75 - 0.25 + 1) / 7, 10);

    const { studentsOvz: _o, ...six } = seven;
    const withSix = isbOf(six);
    expect(withSix.filledCount).toBe(6);
    expect(withSix.computed).toBe(false);
    expect(withSix.value).toBeNull();
    expect(withSix.unfavourable).toBeNull();
    expect(withSix.indicators.every((item) => item.contribution === null)).toBe(true);
  });

  it('says in Russian why each missing indicator has no value', () => {
    const result = isbOf({ studentsTotal: '100', studentsSingleParent: '10' });
    expect(result.computed).toBe(false);
    const missing = result.indicators.filter((item) => item.z === null);
    expect(missing.map((item) => item.id).sort()).toEqual(isbIndicators.map((item) => item.id).filter((id) => id !== 'singleParent').sort());
    for (const item of missing) expect(item.missingReason, item.id).toMatch(/^не заполнено: «[А-Яа-яЁё]/);
    expect(indicator(result, 'ovz').missingReason).toBe('не заполнено: «Обучающиеся с ОВЗ»');
    expect(indicator(result, 'parentsHigherEducation').missingReason).toBe(
      'не заполнено: «в т. ч. с высшим образованием», «Родителей (законных представителей) всего»',
    );
  });

  it('explains a zero whole', () => {
    const result = isbOf({ studentsTotal: '0', studentsOvz: '0' });
    expect(indicator(result, 'ovz').missingReason).toBe('«Обучающихся всего» равно нулю');
  });

  it('leaves out an indicator whose fields have an error, and says so', () => {
    const values = { ...handWorked.values, studentsLargeFamilies: '150' }; // more than 100 students
    const result = isbOf(values);
    const largeFamilies = indicator(result, 'largeFamilies');
    expect(largeFamilies.z).toBeNull();
    expect(largeFamilies.contribution).toBeNull();
    expect(largeFamilies.missingReason).toBe('исправьте ошибку в поле «Обучающиеся из многодетных семей»');
    expect(result.filledCount).toBe(8);
    expect(result.value).toBeCloseTo((-0.75 + 2) / 8, 10);

    const wrongWhole = isbOf({ ...handWorked.values, studentsTotal: 'сто' });
    expect(indicator(wrongWhole, 'ovz').missingReason).toBe('исправьте ошибку в поле «Обучающихся всего»');
    expect(wrongWhole.computed).toBe(false);
  });

  it('does not compute an indicator without a reference value', () => {
    const { ovz: _ovz, ...rest } = defaultIsbReference.values;
    const result = isbOf(handWorked.values, { ...defaultIsbReference, values: rest });
    expect(indicator(result, 'ovz').missingReason).toBe('нет эталонного значения');
    expect(result.filledCount).toBe(8);
  });
});
