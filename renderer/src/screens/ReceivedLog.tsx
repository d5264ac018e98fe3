/** Every file this copy received, newest first, with its verdict. */
import { useEffect, useState } from 'react';
import type { ReceivedPackage } from '../../../shared/api/exchange-api';
import { invoke } from '../api/client';
import { importStatusLabels } from '../components/ImportSummary';

const timeFormat = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'short' });

export function ReceivedTable({ rows }: { rows: readonly ReceivedPackage[] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Получен</th>
          <th scope="col">Файл</th>
          <th scope="col">От кого</th>
          <th scope="col">Ревизия</th>
          <th scope="col">Итог</th>
          <th scope="col">Причина</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={`status-${row.outcome}`}>
            <td>{timeFormat.format(new Date(row.receivedAt))}</td>
            <td>{row.fileName}</td>
            <td>{row.schoolName ?? '—'}</td>
            <td>{row.revision ?? '—'}</td>
            <td>{importStatusLabels[row.outcome]}</td>
            <td>{row.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReceivedLog({ refreshKey }: { refreshKey: number }) {
  const [rows, setRows] = useState<ReceivedPackage[]>([]);
  useEffect(() => {
    invoke('exchange.received', {}).then(setRows, () => setRows([]));
  }, [refreshKey]);
  if (rows.length === 0) return null;
  return (
    <details className="received-log">
      <summary>Журнал полученных файлов ({rows.length})</summary>
      <ReceivedTable rows={rows} />
    </details>
  );
}
