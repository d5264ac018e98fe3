import type { Issue } from '../../../shared/domain/issues';
import { FieldMessages } from './FieldMessages';

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly { code: string; label: string }[];
  onChange: (value: string) => void;
  issues?: readonly Issue[];
}

export function SelectField({ id, label, value, options, onChange, issues = [] }: SelectFieldProps) {
  const hasError = issues.some((issue) => issue.severity === 'error');
  return (
    <div className={`form-row${hasError ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-invalid={hasError || undefined} aria-describedby={issues.length > 0 ? `${id}-messages` : undefined} onChange={(event) => onChange(event.target.value)}>
        <option value="">— не выбрано —</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={`${id}-messages`} issues={issues} />
    </div>
  );
}
