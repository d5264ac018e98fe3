/**
 * The social passport form, generated from the field catalogue. Each field shows its unit, its
 * share of its whole and the findings of the rules next to it. Inputs are text so that any
 * typed value is kept as typed; Enter moves to the next field, as in a spreadsheet.
 */
import type { KeyboardEvent } from 'react';
import { passportGroups, passportSumRules, type PassportField } from '../../../shared/catalogs/passport-fields';
import { issuesFor } from '../../../shared/domain/issues';
import { formatNumber, formatShare } from '../../../shared/domain/numbers';
import type { PassportEvaluation } from '../../../shared/domain/passport-evaluation';
import { FieldMessages } from './FieldMessages';

export const passportInputId = (fieldId: string) => `pf-${fieldId}`;

interface PassportFormProps {
  values: Readonly<Record<string, string>>;
  evaluation: PassportEvaluation;
  onChange: (values: Record<string, string>) => void;
}

function moveOnEnter(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  const inputs = Array.from(document.querySelectorAll<HTMLElement>('.passport-form input, .passport-form select'));
  const index = inputs.indexOf(event.currentTarget);
  inputs[index + (event.shiftKey ? -1 : 1)]?.focus();
}

export function PassportForm({ values, evaluation, onChange }: PassportFormProps) {
  const set = (id: string, value: string) => onChange({ ...values, [id]: value });

  const renderField = (field: PassportField) => {
    const issues = issuesFor(evaluation.issues, field.id);
    const hasError = issues.some((issue) => issue.severity === 'error');
    const share = evaluation.shares.get(field.id);
    const common = {
      id: passportInputId(field.id),
      'aria-invalid': hasError || undefined,
      'aria-describedby': issues.length > 0 ? `${field.id}-messages` : undefined,
      onKeyDown: moveOnEnter,
    };
    return (
      <div key={field.id} className={`passport-row${hasError ? ' has-error' : ''}${field.partOf ? ' is-part' : ''}`}>
        <label htmlFor={common.id}>{field.label}</label>
        {field.kind === 'choice' ? (
          <select {...common} value={values[field.id] ?? ''} onChange={(event) => set(field.id, event.target.value)}>
            <option value="">— не выбрано —</option>
            {field.options?.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input {...common} type="text" inputMode="decimal" autoComplete="off" value={values[field.id] ?? ''} onChange={(event) => set(field.id, event.target.value)} />
        )}
        <span className="unit">{field.kind === 'choice' ? '' : field.unit}</span>
        <span className="share" data-testid={`share-${field.id}`}>
          {share !== undefined ? formatShare(share) : ''}
        </span>
        <FieldMessages id={`${field.id}-messages`} issues={issues} />
      </div>
    );
  };

  const renderSumRules = (fieldId: string) =>
    passportSumRules
      .filter((rule) => rule.parts[rule.parts.length - 1] === fieldId)
      .map((rule) => {
        const sum = rule.parts.reduce((total, id) => total + (evaluation.numbers.get(id) ?? 0), 0);
        const whole = evaluation.numbers.get(rule.whole);
        return (
          <div key={rule.id} className="passport-row sum-row">
            <span>{rule.label}</span>
            <span className="sum-value">
              {formatNumber(sum)}
              {whole !== undefined ? ` из ${formatNumber(whole)}` : ''}
            </span>
            <FieldMessages id={`${rule.id}-messages`} issues={issuesFor(evaluation.issues, rule.id)} />
          </div>
        );
      });

  return (
    <form className="passport-form" onSubmit={(event) => event.preventDefault()} aria-label="Социальный паспорт">
      {passportGroups.map((group) => (
        <fieldset key={group.id}>
          <legend>{group.title}</legend>
          {group.fields.map((field) => [renderField(field), ...renderSumRules(field.id)])}
        </fieldset>
      ))}
    </form>
  );
}
