/**
 * The social well-being index and its explanation: for each indicator its share, the
 * reference mean and deviation, the direction and its contribution to the index; or, when too
 * few indicators are filled, what is missing.
 */
import { defaultIsbReference } from '../../../shared/catalogs/isb-reference';
import { computeIsb } from '../../../shared/domain/isb';
import { formatNumber, formatShare } from '../../../shared/domain/numbers';
import type { PassportEvaluation } from '../../../shared/domain/passport-evaluation';

const signed = (value: number) => (value > 0 ? `+${formatNumber(value)}` : formatNumber(value));

export function IsbPanel({ evaluation }: { evaluation: PassportEvaluation }) {
  const reference = defaultIsbReference;
  const isb = computeIsb(evaluation, reference);
  return (
    <aside className="isb-panel" aria-labelledby="isb-title">
      <h2 id="isb-title">Индекс социального благополучия (ИСБ)</h2>
      {isb.computed && isb.value !== null ? (
        <div className={`isb-value${isb.unfavourable ? ' isb-unfavourable' : ''}`} data-testid="isb-value">
          <span className="isb-number">{signed(Math.round(isb.value * 100) / 100)}</span>
          <span>{isb.unfavourable ? 'Неблагоприятные социальные условия' : 'Выше порога неблагоприятных условий'} (порог {formatNumber(reference.unfavourableBelow)})</span>
        </div>
      ) : (
        <div className="isb-missing" data-testid="isb-missing">
          <p>
            ИСБ не рассчитан: заполнено {isb.filledCount} из {isb.totalCount} показателей, нужно не меньше {isb.requiredCount} (
            {formatShare(reference.minFilledShare)}).
          </p>
          <ul>
            {isb.indicators
              .filter((indicator) => indicator.missingReason)
              .map((indicator) => (
                <li key={indicator.id}>
                  {indicator.label}: {indicator.missingReason}
                </li>
              ))}
          </ul>
        </div>
      )}
      <table className="isb-table">
        <caption>Как получен индекс: zᵢ = dᵢ·(xᵢ − μᵢ)/σᵢ, ИСБ — среднее zᵢ с равными весами</caption>
        <thead>
          <tr>
            <th scope="col">Показатель</th>
            <th scope="col">Доля xᵢ</th>
            <th scope="col">Эталон μᵢ ± σᵢ</th>
            <th scope="col">Направление dᵢ</th>
            <th scope="col">Вклад</th>
          </tr>
        </thead>
        <tbody>
          {isb.indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">{indicator.label}</th>
              <td>{indicator.share !== null ? formatShare(indicator.share) : '—'}</td>
              <td>
                {formatShare(indicator.mean)} ± {formatShare(indicator.sd)}
              </td>
              <td>{indicator.direction > 0 ? '↑ больше — лучше' : '↓ меньше — лучше'}</td>
              <td>{indicator.contribution !== null ? signed(Math.round(indicator.contribution * 100) / 100) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        Эталонная таблица «{reference.title}», версия {reference.version}. {reference.source}
      </p>
    </aside>
  );
}
