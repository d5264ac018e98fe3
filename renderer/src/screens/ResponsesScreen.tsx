/**
 * Responses from the district: the school opens the curator's signed file here, decides once
 * whether to trust the district's key (after comparing its fingerprint), then reads the review
 * status of each document, the protocol and the recommendations.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ReceivedResponse } from '../../../shared/api/exchange-api';
import { documentKindLabel } from '../../../shared/exchange/sheets/document-sheets';
import { reviewStatusLabels } from '../../../shared/exchange/sheets/response-sheets';
import { invoke } from '../api/client';
import { FileDropZone } from '../components/FileDropZone';
import { ImportSummary } from '../components/ImportSummary';
import { TrustDecisions } from '../components/TrustDecisions';
import { usePackageImport } from '../hooks/usePackageImport';

const dateFormat = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long' });

function ResponseCard({ item }: { item: ReceivedResponse }) {
  const { response } = item;
  return (
    <article className="card response-card" data-testid="response">
      <h2>
        Ответ № {item.revision} на выгрузку № {response.respondsTo.revision}
      </h2>
      <p className="hint">
        {[response.curator.curatorName, item.districtName].filter(Boolean).join(', ')} · протокол от {response.protocol.date ? dateFormat.format(new Date(response.protocol.date)) : '—'}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Документ</th>
            <th scope="col">Статус</th>
            <th scope="col">Комментарий</th>
          </tr>
        </thead>
        <tbody>
          {response.reviews.map((review) => (
            <tr key={`${review.kind}-${review.year}`} className={`review-${review.status}`}>
              <th scope="row">{`${documentKindLabel(review.kind)} ${review.year}`.trim()}</th>
              <td>{reviewStatusLabels[review.status]}</td>
              <td>{review.comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {response.protocol.text && (
        <>
          <h3>Протокол</h3>
          <p className="protocol-text">{response.protocol.text}</p>
        </>
      )}
      {response.recommendations.length > 0 && (
        <>
          <h3>Рекомендации</h3>
          <ol>
            {response.recommendations.map((recommendation) => (
              <li key={recommendation.id}>
                {recommendation.documentKind && <span className="hint">[{documentKindLabel(recommendation.documentKind)}] </span>}
                {recommendation.text}
                {recommendation.addressee && ` — ${recommendation.addressee}`}
                {recommendation.deadline && `, срок ${dateFormat.format(new Date(recommendation.deadline))}`}
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}

export function ResponsesScreen() {
  const [responses, setResponses] = useState<ReceivedResponse[]>([]);
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = useCallback(() => setRefreshKey((key) => key + 1), []);
  const importer = usePackageImport(refresh);
  useEffect(() => {
    invoke('responses.list', {}).then(setResponses, () => setResponses([]));
  }, [refreshKey]);
  return (
    <section>
      <h1>Ответы района</h1>
      <FileDropZone onFiles={(files) => void importer.run(files)} disabled={importer.running} prompt="Откройте файл ответа куратора (.xlsx) или файл подключения к району" />
      <ImportSummary outcomes={importer.outcomes} />
      <TrustDecisions refreshKey={refreshKey} onDecided={refresh} />
      {responses.length === 0 ? <p>Ответов района пока нет.</p> : responses.map((item) => <ResponseCard key={item.revision} item={item} />)}
    </section>
  );
}
