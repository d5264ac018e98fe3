/**
 * Reads a social passport as typed (raw strings per field) and derives everything the app
 * shows about it: the numbers, the shares of their wholes and the findings of every rule.
 * Invariant: evaluation never changes the values; a wrong value is reported, not dropped.
 */
import {
  passportField,
  passportFields,
  passportRatioRules,
  passportSumRules,
  type PassportField,
} from '../catalogs/passport-fields';
import type { Issue } from './issues';
import { formatNumber, formatShare, parseNumber } from './numbers';

export type PassportValues = Readonly<Record<string, string>>;

export interface PassportEvaluation {
  /** Valid numbers by field id (a value with its own error is left out). */
  numbers: ReadonlyMap<string, number>;
  /** Valid choice codes by field id. */
  choices: ReadonlyMap<string, string>;
  /** Share of each part in its whole, when both are valid and the whole is positive. */
  shares: ReadonlyMap<string, number>;
  issues: Issue[];
  filledCount: number;
  fieldCount: number;
}

const quote = (field: PassportField | undefined) => `«${field?.label ?? ''}»`;

function checkOwnValue(field: PassportField, raw: string | undefined, issues: Issue[]): number | string | undefined {
  const error = (code: string, message: string) => issues.push({ severity: 'error', fieldId: field.id, code, message });
  if (field.kind === 'choice') {
    const code = (raw ?? '').trim();
    if (code === '') return undefined;
    if (!field.options?.some((option) => option.code === code)) {
      error('unknown-option', 'Выберите значение из списка');
      return undefined;
    }
    return code;
  }
  const parsed = parseNumber(raw);
  if (parsed.kind === 'empty') return undefined;
  if (parsed.kind === 'invalid') {
    error('not-a-number', field.kind === 'count' ? 'Введите целое число, например 12' : 'Введите число, например 12 или 12,5');
    return undefined;
  }
  const value = parsed.value;
  if (value < 0) {
    error('negative', 'Значение не может быть отрицательным');
    return undefined;
  }
  if (field.kind === 'count' && !Number.isInteger(value)) {
    error('not-integer', 'Количество должно быть целым числом');
    return undefined;
  }
  if (field.max !== undefined && value > field.max) {
    error('too-large', `Значение больше возможного (не более ${formatNumber(field.max)})`);
    return undefined;
  }
  if (field.warnAbove !== undefined && value > field.warnAbove) {
    issues.push({
      severity: 'warning',
      fieldId: field.id,
      code: 'unusual-value',
      message: `Необычно большое значение (больше ${formatNumber(field.warnAbove)}) — проверьте`,
    });
  }
  return value;
}

function checkPartOfWhole(field: PassportField, numbers: Map<string, number>, shares: Map<string, number>, issues: Issue[]) {
  if (!field.partOf) return;
  const part = numbers.get(field.id);
  const whole = numbers.get(field.partOf);
  const wholeField = passportField(field.partOf);
  if (part === undefined) return;
  if (whole === undefined) {
    const wholeHasError = issues.some((issue) => issue.fieldId === field.partOf && issue.severity === 'error');
    const message = wholeHasError ? `Исправьте ${quote(wholeField)}, чтобы посчитать долю` : `Заполните ${quote(wholeField)}, чтобы посчитать долю`;
    issues.push({ severity: 'warning', fieldId: field.id, code: 'whole-missing', message });
    return;
  }
  if (part > whole) {
    const share = whole > 0 ? `: доля ${formatShare(part / whole)} больше 100 %` : '';
    issues.push({
      severity: 'error',
      fieldId: field.id,
      code: 'part-exceeds-whole',
      message: `Больше, чем ${quote(wholeField)} (${formatNumber(whole)})${share}`,
    });
    return;
  }
  if (whole > 0) {
    const share = part / whole;
    shares.set(field.id, share);
    if (field.warnShareAbove !== undefined && share > field.warnShareAbove) {
      issues.push({ severity: 'warning', fieldId: field.id, code: 'unusual-share', message: `Необычно высокая доля (${formatShare(share)}) — проверьте` });
    }
  }
}

function checkSums(numbers: Map<string, number>, issues: Issue[]) {
  for (const rule of passportSumRules) {
    const filled = rule.parts.filter((id) => numbers.has(id));
    const whole = numbers.get(rule.whole);
    if (filled.length === 0 || whole === undefined) continue;
    const sum = filled.reduce((total, id) => total + (numbers.get(id) ?? 0), 0);
    const wholeLabel = quote(passportField(rule.whole));
    if (sum > whole) {
      issues.push({ severity: 'error', fieldId: rule.id, code: 'sum-exceeds-whole', message: `${rule.label} (${formatNumber(sum)}) больше, чем ${wholeLabel} (${formatNumber(whole)})` });
    } else if (rule.warnWhenLess && sum < whole) {
      issues.push({ severity: 'warning', fieldId: rule.id, code: 'sum-less-than-whole', message: `${rule.label}: ${formatNumber(sum)} из ${formatNumber(whole)} — распределены не все` });
    }
  }
}

function checkRatios(numbers: Map<string, number>, issues: Issue[]) {
  for (const rule of passportRatioRules) {
    const numerator = numbers.get(rule.numerator);
    const denominator = numbers.get(rule.denominator);
    if (numerator === undefined || denominator === undefined || denominator <= 0) continue;
    const ratio = numerator / denominator;
    if (ratio < rule.min || ratio > rule.max) {
      issues.push({
        severity: 'warning',
        fieldId: rule.fieldId,
        code: 'unusual-ratio',
        message: `Необычное соотношение: ${formatNumber(ratio)} ${rule.describe} (обычно от ${formatNumber(rule.min)} до ${formatNumber(rule.max)}) — проверьте`,
      });
    }
  }
}

export function evaluatePassport(values: PassportValues): PassportEvaluation {
  const issues: Issue[] = [];
  const numbers = new Map<string, number>();
  const choices = new Map<string, string>();
  const shares = new Map<string, number>();
  let filledCount = 0;
  for (const field of passportFields) {
    const raw = values[field.id];
    if ((raw ?? '').trim() !== '') filledCount += 1;
    const value = checkOwnValue(field, raw, issues);
    if (typeof value === 'number') numbers.set(field.id, value);
    if (typeof value === 'string') choices.set(field.id, value);
  }
  for (const field of passportFields) checkPartOfWhole(field, numbers, shares, issues);
  checkSums(numbers, issues);
  checkRatios(numbers, issues);
  return { numbers, choices, shares, issues, filledCount, fieldCount: passportFields.length };
}
