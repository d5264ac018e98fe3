/**
 * Social passports by academic year: the list of years, starting a new year (empty or as a
 * copy of an earlier one) and the editor of the chosen year. The route carries the year
 * (#/passport/2025-2026) so a reload returns to it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PassportSummary } from '../../../shared/api/schemas';
import { invoke, messageOf } from '../api/client';
import { NewYearForm } from '../components/NewYearForm';
import { fieldFromRoute } from '../hooks/useFocusField';
import { PassportEditor } from './PassportEditor';

const yearFromRoute = (route: string) => /^\/passport\/(\d{4})-(\d{4})/.exec(route)?.slice(1, 3).join('/') ?? null;
export const passportRoute = (year: string) => `/passport/${year.replace('/', '-')}`;

export function PassportScreen({ route, onNavigate }: { route: string; onNavigate: (route: string) => void }) {
  const [years, setYears] = useState<PassportSummary[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const selected = yearFromRoute(route);

  const reload = useCallback(() => {
    invoke('passport.list', {})
      .then(setYears)
      .catch((error: unknown) => setFailure(messageOf(error)));
  }, []);
  useEffect(reload, [reload]);

  useEffect(() => {
    if (years && years.length > 0 && (!selected || !years.some((item) => item.year === selected))) onNavigate(passportRoute(years[0]!.year));
  }, [years, selected, onNavigate]);

  if (failure) return <p className="message-error">{failure}</p>;
  if (!years) return <p>Загрузка…</p>;

  const created = (year: string) => {
    setCreating(false);
    reload();
    onNavigate(passportRoute(year));
  };

  return (
    <section>
      <div className="page-heading">
        <h1>Социальный паспорт</h1>
        {years.length > 0 && !creating && (
          <button type="button" className="secondary" onClick={() => setCreating(true)}>
            Новый учебный год…
          </button>
        )}
      </div>
      {years.length > 0 && (
        <div className="year-tabs" role="tablist" aria-label="Учебные годы">
          {years.map((item) => (
            <button key={item.year} type="button" role="tab" aria-selected={item.year === selected} onClick={() => onNavigate(passportRoute(item.year))}>
              {item.year}
              {item.errorCount > 0 && <span className="badge badge-error" title="Ошибок">{item.errorCount}</span>}
            </button>
          ))}
        </div>
      )}
      {(creating || years.length === 0) && (
        <NewYearForm existing={years.map((item) => item.year)} onCreated={created} onCancel={years.length > 0 ? () => setCreating(false) : undefined} />
      )}
      {!creating && selected && years.some((item) => item.year === selected) && <PassportEditor key={selected} year={selected} onSaved={reload} focusField={fieldFromRoute(route)} />}
    </section>
  );
}
