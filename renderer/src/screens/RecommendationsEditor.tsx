/** Addressed recommendations: what to do, for whom, by when, about which document. */
import type { ReviewDraft } from '../../../shared/api/exchange-api';
import { documentKinds } from '../../../shared/api/exchange-schemas';
import { documentKindLabel } from '../../../shared/exchange/sheets/document-sheets';

type Recommendation = ReviewDraft['recommendations'][number];

const newId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export function RecommendationsEditor({ recommendations, onChange }: { recommendations: Recommendation[]; onChange: (next: Recommendation[]) => void }) {
  const set = (index: number, change: Partial<Recommendation>) => onChange(recommendations.map((item, itemIndex) => (itemIndex === index ? { ...item, ...change } : item)));
  return (
    <fieldset>
      <legend>Адресные рекомендации</legend>
      {recommendations.length === 0 && <p className="hint">Рекомендаций пока нет.</p>}
      {recommendations.map((item, index) => (
        <div key={item.id} className="recommendation-row">
          <textarea aria-label={`Рекомендация ${index + 1}`} rows={2} value={item.text} onChange={(event) => set(index, { text: event.target.value })} />
          <input aria-label={`Кому: рекомендация ${index + 1}`} placeholder="Кому" value={item.addressee} onChange={(event) => set(index, { addressee: event.target.value })} />
          <input aria-label={`Срок: рекомендация ${index + 1}`} type="date" value={item.deadline} onChange={(event) => set(index, { deadline: event.target.value })} />
          <select aria-label={`Документ: рекомендация ${index + 1}`} value={item.documentKind ?? ''} onChange={(event) => set(index, { documentKind: event.target.value || null })}>
            <option value="">— к школе в целом —</option>
            {documentKinds.map((kind) => (
              <option key={kind} value={kind}>
                {documentKindLabel(kind)}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" onClick={() => onChange(recommendations.filter((_, itemIndex) => itemIndex !== index))}>
            Удалить
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...recommendations, { id: newId(), text: '', addressee: '', deadline: '', documentKind: null }])}>
        Добавить рекомендацию
      </button>
    </fieldset>
  );
}
