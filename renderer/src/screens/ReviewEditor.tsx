/**
 * The curator's response to a school: a status per document, the protocol and addressed
 * recommendations; autosaved as a draft, then signed and given to the school as a file.
 */
import { useEffect, useState } from 'react';
import type { ReviewDraft, WrittenFile } from '../../../shared/api/exchange-api';
import { reviewStatuses, type ExchangeDocument } from '../../../shared/api/exchange-schemas';
import { documentKindLabel } from '../../../shared/exchange/sheets/document-sheets';
import { reviewStatusLabels } from '../../../shared/exchange/sheets/response-sheets';
import { invoke, messageOf } from '../api/client';
import { downloadBase64 } from '../api/files';
import { SaveIndicator } from '../components/SaveIndicator';
import { useAutosave } from '../hooks/useAutosave';
import { RecommendationsEditor } from './RecommendationsEditor';
import { FailureMessage } from '../components/FailureMessage';

export function ReviewEditor({ code }: { code: string; documents: readonly ExchangeDocument[] }) {
  const [review, setReview] = useState<ReviewDraft | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [written, setWritten] = useState<WrittenFile | null>(null);
  const autosave = useAutosave<ReviewDraft>(async (value) => (await invoke('review.save', { code, review: value })).updatedAt, `opora.draft.review.${code}`);

  useEffect(() => {
    invoke('review.get', { code }).then(setReview, (error: unknown) => setFailure(messageOf(error)));
  }, [code]);
  if (!review) return failure ? <p className="message-error">{failure}</p> : <p>Загрузка…</p>;

  const update = (next: ReviewDraft) => {
    setReview(next);
    autosave.change(next);
  };
  const exportResponse = async () => {
    setFailure(null);
    try {
      await autosave.flush();
      const file = await invoke('review.export', { code });
      setWritten(file);
      downloadBase64(file.fileName, file.contentBase64);
    } catch (error) {
      setFailure(messageOf(error));
    }
  };

  return (
    <form className="review-editor" onSubmit={(event) => event.preventDefault()}>
      <div className="page-heading">
        <h2>Заключение по документам</h2>
        <SaveIndicator state={autosave.state} onRetry={() => void autosave.flush()} />
      </div>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Документ</th>
            <th scope="col">Статус</th>
            <th scope="col">Комментарий</th>
          </tr>
        </thead>
        <tbody>
          {review.reviews.map((row, index) => {
            const label = `${documentKindLabel(row.kind)}${row.year ? ` ${row.year}` : ''}`;
            const set = (change: Partial<typeof row>) => update({ ...review, reviews: review.reviews.map((item, itemIndex) => (itemIndex === index ? { ...item, ...change } : item)) });
            return (
              <tr key={`${row.kind}-${row.year}`}>
                <th scope="row">{label}</th>
                <td>
                  <select aria-label={`Статус: ${label}`} value={row.status} onChange={(event) => set({ status: event.target.value as typeof row.status })}>
                    <option value="">— не рассмотрен —</option>
                    {reviewStatuses.map((status) => (
                      <option key={status} value={status}>
                        {reviewStatusLabels[status]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={`Комментарий: ${label}`} value={row.comment} onChange={(event) => set({ comment: event.target.value })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Протокол куратора</h2>
      <div className="form-row">
        <label htmlFor="protocol-date">Дата</label>
        <input id="protocol-date" type="date" value={review.protocol.date} onChange={(event) => update({ ...review, protocol: { ...review.protocol, date: event.target.value } })} />
      </div>
      <div className="form-row">
        <label htmlFor="protocol-text">Текст протокола</label>
        <textarea id="protocol-text" rows={6} value={review.protocol.text} onChange={(event) => update({ ...review, protocol: { ...review.protocol, text: event.target.value } })} />
      </div>
      <RecommendationsEditor recommendations={review.recommendations} onChange={(recommendations) => update({ ...review, recommendations })} />
      <FailureMessage message={failure} />
      {written && (
        <p className="summary summary-ok" role="status">
          Ответ № {written.revision} подписан и сохранён: {written.path}. Отправьте этот файл школе любым способом.
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => void exportResponse()}>
          Подписать и сохранить ответ школе
        </button>
      </div>
    </form>
  );
}
