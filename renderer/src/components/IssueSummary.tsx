/** Counts of errors and warnings with a link to each field, so a person can walk them one by one. */
import { passportField, passportSumRules } from '../../../shared/catalogs/passport-fields';
import { errorsOf, warningsOf, type Issue } from '../../../shared/domain/issues';
import { passportInputId } from './PassportForm';

function focusField(fieldId: string) {
  const target = passportSumRules.find((rule) => rule.id === fieldId)?.parts[0] ?? fieldId;
  const element = document.getElementById(passportInputId(target));
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

function fieldLabel(fieldId: string): string {
  return passportField(fieldId)?.label ?? passportSumRules.find((rule) => rule.id === fieldId)?.label ?? '';
}

export function IssueSummary({ issues }: { issues: readonly Issue[] }) {
  const errors = errorsOf(issues);
  const warnings = warningsOf(issues);
  if (issues.length === 0) return <p className="summary summary-ok">Ошибок нет.</p>;
  return (
    <details className={`summary ${errors.length > 0 ? 'summary-error' : 'summary-warning'}`}>
      <summary>
        Ошибок: {errors.length}, предупреждений: {warnings.length}. {errors.length > 0 ? 'Ошибки нужно исправить перед отправкой в район.' : ''}
      </summary>
      <ul>
        {[...errors, ...warnings].map((issue, index) => (
          <li key={index} className={issue.severity === 'error' ? 'message-error' : 'message-warning'}>
            <button type="button" className="link-button" onClick={() => focusField(issue.fieldId)}>
              {fieldLabel(issue.fieldId)}
            </button>
            : {issue.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
