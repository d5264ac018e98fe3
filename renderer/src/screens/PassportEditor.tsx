/**
 * The social passport of one year: the form, the summary of rule findings and the ИСБ, all
 * recomputed from the values as they are typed. Values autosave as typed, errors included.
 */
import { useEffect, useMemo, useState } from 'react';
import { evaluatePassport } from '../../../shared/domain/passport-evaluation';
import { invoke, messageOf } from '../api/client';
import { IsbPanel } from '../components/IsbPanel';
import { IssueSummary } from '../components/IssueSummary';
import { PassportForm, passportInputId } from '../components/PassportForm';
import { passportSumRules } from '../../../shared/catalogs/passport-fields';
import { useFocusField } from '../hooks/useFocusField';
import { SaveIndicator } from '../components/SaveIndicator';
import { readDraft, useAutosave } from '../hooks/useAutosave';

type Values = Record<string, string>;

const sameValues = (a: Values, b: Values) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? '').trim() === (b[key] ?? '').trim());
};

export function PassportEditor({ year, onSaved, focusField = null }: { year: string; onSaved: () => void; focusField?: string | null }) {
  const draftKey = `opora.draft.passport.${year}`;
  const [values, setValues] = useState<Values | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const autosave = useAutosave<Values>(
    async (next) => {
      const { updatedAt } = await invoke('passport.save', { year, values: next });
      onSaved();
      return updatedAt;
    },
    draftKey,
  );
  const { change } = autosave;

  useEffect(() => {
    invoke('passport.get', { year })
      .then((passport) => {
        const draft = readDraft<Values>(draftKey);
        if (draft && !sameValues(draft, passport.values)) {
          setValues(draft);
          change(draft);
        } else {
          setValues(passport.values);
        }
      })
      .catch((error: unknown) => setFailure(messageOf(error)));
  }, [year, draftKey, change]);

  const evaluation = useMemo(() => (values ? evaluatePassport(values) : null), [values]);
  const focusTarget = focusField ? (passportSumRules.find((rule) => rule.id === focusField)?.parts[0] ?? focusField) : null;
  useFocusField(values !== null, focusTarget ? passportInputId(focusTarget) : null);
  if (failure) return <p className="message-error">{failure}</p>;
  if (!values || !evaluation) return <p>Загрузка…</p>;

  const update = (next: Values) => {
    setValues(next);
    change(next);
  };
  return (
    <div className="passport-editor">
      <div className="editor-toolbar">
        <span>
          Заполнено {evaluation.filledCount} из {evaluation.fieldCount} полей
        </span>
        <SaveIndicator state={autosave.state} onRetry={() => void autosave.flush()} />
      </div>
      <IssueSummary issues={evaluation.issues} />
      <div className="passport-columns">
        <PassportForm values={values} evaluation={evaluation} onChange={update} />
        <IsbPanel evaluation={evaluation} />
      </div>
    </div>
  );
}
