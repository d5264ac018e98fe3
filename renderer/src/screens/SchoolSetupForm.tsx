import { useState, type FormEvent } from 'react';
import type { AppStatus } from '../../../shared/api/schemas';
import { errorsOf } from '../../../shared/domain/issues';
import { emptySchoolProfile, validateSchoolProfile, type SchoolProfile } from '../../../shared/domain/school-profile';
import { invoke, messageOf } from '../api/client';
import { ProfileFields } from '../components/ProfileFields';
import { FailureMessage } from '../components/FailureMessage';

export function SchoolSetupForm({ onDone, onBack }: { onDone: (status: AppStatus) => void; onBack: () => void }) {
  const [profile, setProfile] = useState<SchoolProfile>({ ...emptySchoolProfile, locality: 'rural' });
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const issues = validateSchoolProfile(profile);
  const shownIssues = submitted ? issues : issues.filter((issue) => issue.severity === 'error' && profile[issue.fieldId as keyof SchoolProfile] !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (errorsOf(issues).length > 0) {
      document.getElementById(`profile-${errorsOf(issues)[0]?.fieldId}`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onDone(await invoke('setup.initialize', { mode: 'school', profile }));
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2>Профиль школы</h2>
      <p className="hint">Поля со звёздочкой обязательны. Остальное можно заполнить позже в разделе «Профиль школы».</p>
      <ProfileFields profile={profile} issues={shownIssues} onChange={setProfile} codeEditable />
      <FailureMessage message={failure} />
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onBack}>
          Назад
        </button>
        <button type="submit" disabled={busy}>
          {busy ? 'Создание…' : 'Создать копию школы'}
        </button>
      </div>
    </form>
  );
}
