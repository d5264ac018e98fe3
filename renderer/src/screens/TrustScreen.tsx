/** Keys this copy trusts (or refused), and the decisions still waiting. */
import { useEffect, useState } from 'react';
import type { TrustedKey } from '../../../shared/api/exchange-api';
import { invoke } from '../api/client';
import { EnrollmentForm } from '../components/EnrollmentForm';
import { TrustDecisions } from '../components/TrustDecisions';

const statusLabels: Record<TrustedKey['status'], string> = { trusted: 'доверенный', refused: 'отклонён', replaced: 'заменён новым' };
const sourceLabels: Record<TrustedKey['source'], string> = { person: 'решение человека', enrollment: 'файл подключения', 'command-line': 'командная строка' };
const timeFormat = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'short' });

export function TrustScreen({ curator = false }: { curator?: boolean }) {
  const [keys, setKeys] = useState<TrustedKey[]>([]);
  const [refreshKey, setRefreshKey] = useState(0);
  useEffect(() => {
    invoke('trust.keys', {}).then(setKeys, () => setKeys([]));
  }, [refreshKey]);
  return (
    <section>
      <h1>Доверенные ключи</h1>
      <TrustDecisions refreshKey={refreshKey} onDecided={() => setRefreshKey((key) => key + 1)} />
      {curator && <EnrollmentForm />}
      {keys.length === 0 ? (
        <p>Решений о ключах пока не было.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Чей ключ</th>
              <th scope="col">Отпечаток</th>
              <th scope="col">Статус</th>
              <th scope="col">Основание</th>
              <th scope="col">Когда</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={`${key.role}-${key.schoolCode}-${key.fingerprint}`}>
                <td>{key.role === 'school' ? `${key.label} (${key.schoolCode})` : `Куратор: ${key.label}`}</td>
                <td className="fingerprint-inline">{key.fingerprint}</td>
                <td>{statusLabels[key.status]}</td>
                <td>{sourceLabels[key.source]}</td>
                <td>{timeFormat.format(new Date(key.decidedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
