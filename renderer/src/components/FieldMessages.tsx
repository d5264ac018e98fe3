import type { Issue } from '../../../shared/domain/issues';

/** The messages of the rules for one field, errors first, in the order the rules found them. */
export function FieldMessages({ id, issues }: { id: string; issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="field-messages" id={id}>
      {sorted.map((issue, index) => (
        <li key={index} className={issue.severity === 'error' ? 'message-error' : 'message-warning'}>
          <span className="visually-hidden">{issue.severity === 'error' ? 'Ошибка: ' : 'Предупреждение: '}</span>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
