import { describe, expect, it } from 'vitest';
import { passportFieldIds, teacherAgeBandIds } from '../catalogs/passport-fields';
import { errorsOf, issuesFor, type Issue } from './issues';
import { evaluatePassport, type PassportValues } from './passport-evaluation';

const codes = (issues: Issue[]) => issues.map((issue) => `${issue.severity}:${issue.fieldId}:${issue.code}`).sort();

/** The teacher age bands filled in order with the given counts. */
const ageBands = (counts: number[]): Record<string, string> =>
  Object.fromEntries(counts.map((count, index) => [teacherAgeBandIds[index] ?? 'unknown', String(count)]));

describe('evaluatePassport: a value on its own', () => {
  it('finds nothing in an empty passport', () => {
    const evaluation = evaluatePassport({});
    expect(evaluation.issues).toEqual([]);
    expect(evaluation.filledCount).toBe(0);
    expect(evaluation.fieldCount).toBe(passportFieldIds.length);
  });

  it('reads Russian number formats', () => {
    const evaluation = evaluatePassport({ studentsTotal: '1 234', averageLoadHours: '24,5', distanceToCentreKm: '12.5' });
    expect(evaluation.issues).toEqual([]);
    expect(evaluation.numbers.get('studentsTotal')).toBe(1234);
    expect(evaluation.numbers.get('averageLoadHours')).toBe(24.5);
    expect(evaluation.numbers.get('distanceToCentreKm')).toBe(12.5);
  });

  it('reports a negative count', () => {
    const evaluation = evaluatePassport({ studentsTotal: '-5' });
    expect(codes(evaluation.issues)).toEqual(['error:studentsTotal:negative']);
    expect(evaluation.issues[0]?.message).toBe('Значение не может быть отрицательным');
    expect(evaluation.numbers.has('studentsTotal')).toBe(false);
  });

  it('reports a count that is not whole, but accepts a fraction where a number is expected', () => {
    expect(codes(evaluatePassport({ studentsTotal: '12,5' }).issues)).toEqual(['error:studentsTotal:not-integer']);
    expect(evaluatePassport({ averageLoadHours: '12,5' }).issues).toEqual([]);
  });

  it('reports text that is not a number, with an example fitting the field', () => {
    const count = evaluatePassport({ studentsTotal: 'abc' });
    expect(codes(count.issues)).toEqual(['error:studentsTotal:not-a-number']);
    expect(count.issues[0]?.message).toMatch(/целое число/);
    const number = evaluatePassport({ distanceToCentreKm: 'далеко' });
    expect(codes(number.issues)).toEqual(['error:distanceToCentreKm:not-a-number']);
    expect(number.issues[0]?.message).toMatch(/12,5/);
  });

  it('reports a value above the possible maximum as an error', () => {
    const evaluation = evaluatePassport({ studentsTotal: '10001' });
    expect(codes(evaluation.issues)).toEqual(['error:studentsTotal:too-large']);
    expect(evaluation.issues[0]?.message).toContain('10\u00a0000');
  });

  it('warns about an unusually large value, keeping it as a number', () => {
    const evaluation = evaluatePassport({ studentsTotal: '10000' });
    expect(codes(evaluation.issues)).toEqual(['warning:studentsTotal:unusual-value']);
    expect(evaluation.numbers.get('studentsTotal')).toBe(10000);
    expect(evaluatePassport({ studentsTotal: '2500' }).issues).toEqual([]);
    expect(codes(evaluatePassport({ teachersTotal: '251' }).issues)).toEqual(['warning:teachersTotal:unusual-value']);
  });

  it('accepts a choice from the list and refuses anything else', () => {
    const good = evaluatePassport({ internetQuality: 'low', equipmentLevel: 'sufficient' });
    expect(good.issues).toEqual([]);
    expect(good.choices.get('internetQuality')).toBe('low');
    const bad = evaluatePassport({ internetQuality: 'fast' });
    expect(codes(bad.issues)).toEqual(['error:internetQuality:unknown-option']);
    expect(bad.choices.has('internetQuality')).toBe(false);
  });

  it('counts filled fields, wrong ones included', () => {
    expect(evaluatePassport({ studentsTotal: '100', teachersTotal: 'abc', vacancies: '  ' }).filledCount).toBe(2);
  });
});

describe('evaluatePassport: parts of a whole', () => {
  it('reports a part larger than its whole, naming the whole', () => {
    const evaluation = evaluatePassport({ studentsTotal: '100', studentsOvz: '120' });
    const [issue] = issuesFor(evaluation.issues, 'studentsOvz');
    expect(issue?.severity).toBe('error');
    expect(issue?.code).toBe('part-exceeds-whole');
    expect(issue?.message).toContain('«Обучающихся всего» (100)');
    expect(issue?.message).toContain('120,0\u00a0%');
    expect(evaluation.shares.has('studentsOvz')).toBe(false);
  });

  it('names the right whole for a part of a part', () => {
    const evaluation = evaluatePassport({ studentsTotal: '100', studentsRegistered: '5', studentsKdnRegister: '7' });
    const [issue] = issuesFor(evaluation.issues, 'studentsKdnRegister');
    expect(issue?.code).toBe('part-exceeds-whole');
    expect(issue?.message).toContain('«Обучающиеся на профилактическом учёте, всего» (5)');
  });

  it('computes the share of each part in its whole', () => {
    const evaluation = evaluatePassport({ studentsTotal: '200', studentsOvz: '25', parentsTotal: '300', parentsUnemployed: '30' });
    expect(evaluation.shares.get('studentsOvz')).toBe(0.125);
    expect(evaluation.shares.get('parentsUnemployed')).toBeCloseTo(0.1, 12);
    expect(evaluation.shares.has('studentsTotal')).toBe(false);
  });

  it('gives no share of a zero whole and reports no error when the part is zero too', () => {
    const evaluation = evaluatePassport({ studentsTotal: '0', studentsOvz: '0' });
    expect(errorsOf(evaluation.issues)).toEqual([]);
    expect(evaluation.shares.has('studentsOvz')).toBe(false);
  });

  it('asks for the whole when only the part is filled', () => {
    const evaluation = evaluatePassport({ studentsOvz: '10' });
    expect(codes(evaluation.issues)).toEqual(['warning:studentsOvz:whole-missing']);
    expect(evaluation.issues[0]?.message).toContain('«Обучающихся всего»');
  });

  it('warns about an unusual share only above its threshold', () => {
    expect(codes(evaluatePassport({ studentsTotal: '100', studentsLearningProblems: '51' }).issues)).toEqual([
      'warning:studentsLearningProblems:unusual-share',
    ]);
    expect(evaluatePassport({ studentsTotal: '100', studentsLearningProblems: '50' }).issues).toEqual([]);
  });
});

describe('evaluatePassport: sums and ratios', () => {
  const staff = { studentsTotal: '150', teachersTotal: '10' };

  it('reports age bands adding up to more than the teachers', () => {
    const evaluation = evaluatePassport({ ...staff, ...ageBands([3, 3, 3, 3]) });
    const [issue] = issuesFor(evaluation.issues, 'sum:teacherAges');
    expect(issue?.severity).toBe('error');
    expect(issue?.code).toBe('sum-exceeds-whole');
    expect(issue?.message).toContain('(12)');
    expect(issue?.message).toContain('«Педагогических работников всего» (10)');
  });

  it('warns when age bands add up to less than the teachers', () => {
    const evaluation = evaluatePassport({ ...staff, ...ageBands([2, 2, 2]) });
    expect(codes(evaluation.issues)).toEqual(['warning:sum:teacherAges:sum-less-than-whole']);
    expect(evaluation.issues[0]?.message).toContain('6 из 10');
  });

  it('is silent when age bands add up exactly', () => {
    expect(evaluatePassport({ ...staff, ...ageBands([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) }).issues).toEqual([]);
  });

  it('reports categories adding up to more than the teachers but accepts fewer', () => {
    const over = { teachersCategoryHighest: '4', teachersCategoryFirst: '4', teachersCategoryConformity: '3' };
    expect(codes(evaluatePassport({ ...staff, ...over }).issues)).toEqual(['error:sum:teacherCategories:sum-exceeds-whole']);
    expect(evaluatePassport({ ...staff, teachersCategoryHighest: '2', teachersCategoryFirst: '3' }).issues).toEqual([]);
  });

  it('warns when levels of education do not cover all students', () => {
    const evaluation = evaluatePassport({ studentsTotal: '100', studentsPrimary: '40', studentsBasic: '40' });
    expect(codes(evaluation.issues)).toEqual(['warning:sum:studentLevels:sum-less-than-whole']);
  });

  it('warns about an unusual number of students per teacher, next to the teachers field', () => {
    const evaluation = evaluatePassport({ studentsTotal: '500', teachersTotal: '10' });
    expect(codes(evaluation.issues)).toEqual(['warning:teachersTotal:unusual-ratio']);
    expect(evaluation.issues[0]?.message).toContain('50 обучающихся на одного педагога');
    expect(codes(evaluatePassport({ studentsTotal: '15', teachersTotal: '10' }).issues)).toEqual(['warning:teachersTotal:unusual-ratio']);
    expect(evaluatePassport({ studentsTotal: '300', teachersTotal: '10' }).issues).toEqual([]);
  });

  it('warns about an unusual number of parents per student', () => {
    expect(codes(evaluatePassport({ studentsTotal: '100', parentsTotal: '300' }).issues)).toEqual(['warning:parentsTotal:unusual-ratio']);
  });
});

describe('evaluatePassport: the values themselves', () => {
  it('never changes the values it reads', () => {
    const values: PassportValues = Object.freeze({
      studentsTotal: ' 1 234 ',
      studentsOvz: '-5',
      studentsLowIncome: 'abc',
      teachersTotal: '12,5',
      averageLoadHours: '24,5',
      internetQuality: 'fast',
      ...ageBands([40, 40]),
    });
    const before = JSON.stringify(values);
    const evaluation = evaluatePassport(values);
    expect(JSON.stringify(values)).toBe(before);
    expect(errorsOf(evaluation.issues).length).toBeGreaterThan(0);
  });

  it('leaves a value with its own error out of the numbers, so no rule builds on it', () => {
    const evaluation = evaluatePassport({ studentsTotal: 'abc', studentsOvz: '10' });
    expect(evaluation.numbers.has('studentsTotal')).toBe(false);
    expect(codes(evaluation.issues)).toEqual(['error:studentsTotal:not-a-number', 'warning:studentsOvz:whole-missing']);
  });
});
