/**
 * The social well-being index (ИСБ): zᵢ = dᵢ·(xᵢ − μᵢ)/σᵢ for every filled indicator, and
 * ИСБ = Σ wᵢ·zᵢ / Σ wᵢ. Invariant: the index is only given when at least `minFilledShare`
 * of the indicators are filled; otherwise the result says which ones are missing and why.
 * Each indicator's contribution is wᵢ·zᵢ / Σ wᵢ, so the contributions add up to the index.
 */
import { passportField } from '../catalogs/passport-fields';
import { isbIndicators, type IsbReferenceTable } from '../catalogs/isb-reference';
import type { PassportEvaluation } from './passport-evaluation';

export interface IsbIndicatorResult {
  id: string;
  label: string;
  direction: 1 | -1;
  mean: number;
  sd: number;
  weight: number;
  share: number | null;
  z: number | null;
  contribution: number | null;
  /** Why the indicator has no value (Russian), when it has none. */
  missingReason: string | null;
}

export interface IsbResult {
  computed: boolean;
  value: number | null;
  unfavourable: boolean | null;
  indicators: IsbIndicatorResult[];
  filledCount: number;
  requiredCount: number;
  totalCount: number;
  referenceVersion: string;
}

function missingReason(evaluation: PassportEvaluation, fieldIds: string[]): string {
  const label = (id: string) => `«${passportField(id)?.label ?? id}»`;
  const withError = fieldIds.filter((id) => evaluation.issues.some((issue) => issue.fieldId === id && issue.severity === 'error'));
  if (withError.length > 0) return `исправьте ошибку в поле ${withError.map(label).join(', ')}`;
  const empty = fieldIds.filter((id) => !evaluation.numbers.has(id));
  if (empty.length > 0) return `не заполнено: ${empty.map(label).join(', ')}`;
  return `${label(fieldIds[1] ?? '')} равно нулю`;
}

export function computeIsb(evaluation: PassportEvaluation, reference: IsbReferenceTable): IsbResult {
  const indicators: IsbIndicatorResult[] = isbIndicators.map((indicator) => {
    const ref = reference.values[indicator.id] ?? { mean: 0, sd: 0, weight: 0 };
    const base = { id: indicator.id, label: indicator.label, direction: indicator.direction, ...ref };
    const numerator = evaluation.numbers.get(indicator.numerator);
    const denominator = evaluation.numbers.get(indicator.denominator);
    const hasError = evaluation.issues.some(
      (issue) => issue.severity === 'error' && (issue.fieldId === indicator.numerator || issue.fieldId === indicator.denominator),
    );
    if (numerator === undefined || denominator === undefined || denominator <= 0 || hasError || ref.sd <= 0) {
      const reason = ref.sd <= 0 ? 'нет эталонного значения' : missingReason(evaluation, [indicator.numerator, indicator.denominator]);
      return { ...base, share: null, z: null, contribution: null, missingReason: reason };
    }
    const share = numerator / denominator;
    const z = (indicator.direction * (share - ref.mean)) / ref.sd;
    return { ...base, share, z, contribution: null, missingReason: null };
  });
  const filled = indicators.filter((indicator) => indicator.z !== null);
  const totalCount = indicators.length;
  const requiredCount = Math.ceil(reference.minFilledShare * totalCount - 1e-9);
  const weightSum = filled.reduce((sum, indicator) => sum + indicator.weight, 0);
  const computed = filled.length >= requiredCount && weightSum > 0;
  if (!computed) {
    return { computed, value: null, unfavourable: null, indicators, filledCount: filled.length, requiredCount, totalCount, referenceVersion: reference.version };
  }
  for (const indicator of filled) indicator.contribution = (indicator.weight * (indicator.z ?? 0)) / weightSum;
  // One division of the weighted sum, not a sum of divided contributions: the latter drifts by
  // rounding (nine contributions of −0.5/9 add up to −0.5000000000000001) and would flip the
  // threshold comparison for a school exactly at `unfavourableBelow`.
  const value = filled.reduce((sum, indicator) => sum + indicator.weight * (indicator.z ?? 0), 0) / weightSum;
  return {
    computed,
    value,
    unfavourable: value < reference.unfavourableBelow,
    indicators,
    filledCount: filled.length,
    requiredCount,
    totalCount,
    referenceVersion: reference.version,
  };
}
