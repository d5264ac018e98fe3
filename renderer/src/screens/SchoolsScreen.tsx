/** The curator's schools side by side: current revision, when it arrived, the years it covers. */
import { useEffect, useState } from 'react';
import type { SchoolSummary } from '../../../shared/api/exchange-api';
import { invoke, messageOf } from '../api/client';

const timeFormat = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'short' });

export function SchoolsScreen({ onOpen, onImport }: { onOpen: (code: string) => void; onImport: () => void }) {
  const [schools, setSchools] = useState<SchoolSummary[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    invoke('schools.list', {}).then(setSchools, (error: unknown) => setFailure(messageOf(error)));
  }, []);
  if (failure) return <p className="message-error">{failure}</p>;
  if (!schools) return <p>Загрузка…</p>;
  return (
    <section>
      <div className="page-heading">
        <h1>Школы</h1>
        <button type="button" onClick={onImport}>
          Импорт пакетов…
        </button>
      </div>
      {schools.length === 0 ? (
        <p>Пакетов от школ пока нет. Импортируйте подписанные пакеты школ — они появятся здесь.</p>
      ) : (
        <table className="data-table schools-table">
          <thead>
            <tr>
              <th scope="col">Код</th>
              <th scope="col">Школа</th>
              <th scope="col">Муниципалитет</th>
              <th scope="col">Ревизия</th>
              <th scope="col">Получена</th>
              <th scope="col">Соцпаспорта</th>
            </tr>
          </thead>
          <tbody>
            {schools.map((school) => (
              <tr key={school.code}>
                <td>{school.code}</td>
                <td>
                  <a
                    href={`#/schools/${school.code}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpen(school.code);
                    }}
                  >
                    {school.name}
                  </a>
                </td>
                <td>{school.municipality}</td>
                <td>{school.revision}</td>
                <td>{timeFormat.format(new Date(school.importedAt))}</td>
                <td>{school.passportYears.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
