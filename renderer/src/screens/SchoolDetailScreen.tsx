/** One school in the curator's copy: its documents as filled, the response to it, the history of its packages. */
import { useEffect, useState } from 'react';
import type { SchoolDetail } from '../../../shared/api/exchange-api';
import { documentLabel } from '../../../shared/exchange/sheets/document-sheets';
import { invoke, messageOf } from '../api/client';
import { DocumentView } from '../components/DocumentView';
import { ReceivedTable } from './ReceivedLog';
import { ReviewEditor } from './ReviewEditor';

type Tab = 'documents' | 'review' | 'history';
const tabs: { id: Tab; label: string }[] = [
  { id: 'documents', label: 'Документы' },
  { id: 'review', label: 'Заключение и ответ школе' },
  { id: 'history', label: 'История пакетов' },
];

export function SchoolDetailScreen({ code }: { code: string }) {
  const [detail, setDetail] = useState<SchoolDetail | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('documents');
  useEffect(() => {
    invoke('schools.get', { code }).then(setDetail, (error: unknown) => setFailure(messageOf(error)));
  }, [code]);
  if (failure) return <p className="message-error">{failure}</p>;
  if (!detail) return <p>Загрузка…</p>;
  return (
    <section>
      <h1>{detail.summary.name}</h1>
      <p className="hint">
        Код {detail.summary.code} · {detail.summary.municipality} · текущая ревизия {detail.summary.revision} · отпечаток ключа{' '}
        <span className="fingerprint-inline">{detail.summary.fingerprint}</span>
      </p>
      <div className="year-tabs" role="tablist">
        {tabs.map((item) => (
          <button key={item.id} type="button" role="tab" aria-selected={tab === item.id} onClick={() => setTab(item.id)}>
            {item.label}
          </button>
        ))}
      </div>
      {tab === 'documents' &&
        detail.documents.map((document) => (
          <details key={`${document.kind}-${document.year}`} className="document-section" open={document.kind === 'profile' || document.year === detail.summary.passportYears[0]}>
            <summary>
              <h2>{documentLabel(document)}</h2>
            </summary>
            <DocumentView document={document} />
          </details>
        ))}
      {tab === 'review' && <ReviewEditor code={code} documents={detail.documents} />}
      {tab === 'history' && <ReceivedTable rows={detail.history} />}
    </section>
  );
}
