import type { Issue } from '../../../shared/domain/issues';
import { FieldMessages } from './FieldMessages';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  issues?: readonly Issue[];
  required?: boolean;
  readOnly?: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autoFocus?: boolean;
}

export function TextField({ id, label, value, onChange, issues = [], required, readOnly, hint, type = 'text', autoFocus }: TextFieldProps) {
  const hasError = issues.some((issue) => issue.severity === 'error');
  const describedBy = [issues.length > 0 ? `${id}-messages` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-row${hasError ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        readOnly={readOnly}
        required={required}
        autoFocus={autoFocus}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldMessages id={`${id}-messages`} issues={issues} />
    </div>
  );
}
