/** Starts the social passport of a new academic year, empty or as a copy of an earlier year. */
import { useState, type FormEvent } from 'react';
import { academicYearStarting, currentAcademicYear, nextAcademicYear, sortYearsDescending, startYearOf } from '../../../shared/domain/academic-year';
import { invoke, messageOf } from '../api/client';
import { FailureMessage } from './FailureMessage';

interface NewYearFormProps {
  existing: readonly string[];
  onCreated: (year: string) => void;
  onCancel?: () => void;
}

function suggestedYear(existing: readonly string[]): string {
  const current = currentAcademicYear(new Date());
  if (!existing.includes(current)) return current;
  return nextAcademicYear(sortYearsDescending(existing)[0] ?? current);
}

export function NewYearForm({ existing, onCreated, onCancel }: NewYearFormProps) {
  const [year, setYear] = useState(() => suggestedYear(existing));
  const sources = sortYearsDescending(existing);
  const [copyFrom, setCopyFrom] = useState<string>(sources[0] ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const start = startYearOf(currentAcademicYear(new Date()));
  const choices = Array.from({ length: 8 }, (_, index) => academicYearStarting(start + 1 - index)).filter((item) => !existing.includes(item));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await invoke('passport.create', { year, copyFrom: copyFrom === '' ? null : copyFrom });
      onCreated(created.year);
    } catch (error) {
      setFailure(messageOf(error));
    }
  };

  return (
    <form className="card new-year" onSubmit={submit}>
      <h2>{existing.length === 0 ? 'Начните социальный паспорт' : 'Новый учебный год'}</h2>
      <div className="form-row">
        <label htmlFor="new-year">Учебный год</label>
        <select id="new-year" value={year} onChange={(event) => setYear(event.target.value)} autoFocus>
          {choices.map((item) => (
            <option key={item} value={item}>
              {item}
            </option>
          ))}
        </select>
      </div>
      {sources.length > 0 && (
        <div className="form-row">
          <label htmlFor="copy-from">Заполнить</label>
          <select id="copy-from" value={copyFrom} onChange={(event) => setCopyFrom(event.target.value)}>
            {sources.map((item) => (
              <option key={item} value={item}>
                копией паспорта за {item}
              </option>
            ))}
            <option value="">пустым</option>
          </select>
        </div>
      )}
      <FailureMessage message={failure} />
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Отмена
          </button>
        )}
        <button type="submit">Создать паспорт за {year}</button>
      </div>
    </form>
  );
}
