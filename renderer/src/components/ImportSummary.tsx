/** One summary of an import: how many files went where, and a line per file with the reason. */
import type { ImportOutcome, ImportStatus } from '../../../shared/api/exchange-api';
import type { ImportProgress } from '../hooks/usePackageImport';

export const importStatusLabels: Record<ImportStatus, string> = {
  imported: 'Загружен',
  unchanged: 'Без изменений',
  older: 'Старая ревизия (в истории)',
  'needs-trust': 'Ждёт решения о доверии',
  refused: 'Ключ отклонён',
  rejected: 'Отклонён',
};

const groups: { label: string; statuses: ImportStatus[] }[] = [
  { label: 'Загружено', statuses: ['imported'] },
  { label: 'Без изменений', statuses: ['unchanged'] },
  { label: 'Старые ревизии', statuses: ['older'] },
  { label: 'Ждут решения о доверии', statuses: ['needs-trust'] },
  { label: 'Отклонено', statuses: ['rejected', 'refused'] },
];

export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  return (
    <div className="import-progress" role="status">
      <progress max={progress.total} value={progress.done} />
      <span>
        {progress.done} из {progress.total}: {progress.current}
      </span>
    </div>
  );
}

export function ImportSummary({ outcomes }: { outcomes: readonly ImportOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <section className="import-summary" aria-label="Итоги импорта" data-testid="import-summary">
      <ul className="summary-counts">
        {groups.map((group) => (
          <li key={group.label}>
            {group.label}: <strong>{outcomes.filter((outcome) => group.statuses.includes(outcome.status)).length}</strong>
          </li>
        ))}
      </ul>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Файл</th>
            <th scope="col">Школа</th>
            <th scope="col">Ревизия</th>
            <th scope="col">Итог</th>
            <th scope="col">Причина и замечания</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((outcome, index) => (
            <tr key={index} className={`status-${outcome.status}`}>
              <td>{outcome.file}</td>
              <td>{outcome.schoolName ? `${outcome.schoolName} (${outcome.schoolCode})` : (outcome.schoolCode ?? '—')}</td>
              <td>{outcome.revision ?? '—'}</td>
              <td>{importStatusLabels[outcome.status]}</td>
              <td>
                {outcome.reason}
                {outcome.warnings.map((warning, warningIndex) => (
                  <div key={warningIndex} className="message-warning">
                    {warning.message}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
