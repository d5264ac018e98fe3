import { useState, type FormEvent } from 'react';
import type { AppStatus } from '../../../shared/api/schemas';
import type { Issue } from '../../../shared/domain/issues';
import { invoke, messageOf } from '../api/client';
import { TextField } from '../components/TextField';
import { FailureMessage } from '../components/FailureMessage';

export function CuratorSetupForm({ onDone, onBack }: { onDone: (status: AppStatus) => void; onBack: () => void }) {
  const [districtName, setDistrictName] = useState('');
  const [curatorName, setCuratorName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const districtIssues: Issue[] =
    submitted && districtName.trim() === '' ? [{ severity: 'error', fieldId: 'districtName', code: 'required', message: 'Укажите муниципалитет (район)' }] : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (districtName.trim() === '') return;
    try {
      onDone(await invoke('setup.initialize', { mode: 'curator', districtName, curatorName }));
    } catch (error) {
      setFailure(messageOf(error));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2>Копия куратора</h2>
      <TextField id="curator-district" label="Муниципалитет (район)" value={districtName} onChange={setDistrictName} issues={districtIssues} required autoFocus />
      <TextField id="curator-name" label="Куратор (ФИО)" value={curatorName} onChange={setCuratorName} />
      <FailureMessage message={failure} />
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onBack}>
          Назад
        </button>
        <button type="submit">Создать копию куратора</button>
      </div>
    </form>
  );
}
