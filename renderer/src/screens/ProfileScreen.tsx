/** The school profile, edited in place with autosave; the code stays as set at first run. */
import { useEffect, useState } from 'react';
import { validateSchoolProfile, type SchoolProfile } from '../../../shared/domain/school-profile';
import { invoke, messageOf } from '../api/client';
import { ProfileFields } from '../components/ProfileFields';
import { SaveIndicator } from '../components/SaveIndicator';
import { readDraft, useAutosave } from '../hooks/useAutosave';
import { fieldFromRoute, useFocusField } from '../hooks/useFocusField';

const draftKey = 'opora.draft.profile';

export function ProfileScreen({ route }: { route: string }) {
  const focusField = fieldFromRoute(route);
  const [profile, setProfile] = useState<SchoolProfile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const autosave = useAutosave<SchoolProfile>(async (value) => (await invoke('profile.save', { profile: value })).updatedAt, draftKey);
  const { change } = autosave;

  useEffect(() => {
    invoke('profile.get', {})
      .then(({ profile: stored }) => {
        const draft = readDraft<SchoolProfile>(draftKey);
        if (draft && draft.code === stored.code && JSON.stringify(draft) !== JSON.stringify(stored)) {
          setProfile(draft);
          change(draft);
        } else {
          setProfile(stored);
        }
      })
      .catch((error: unknown) => setFailure(messageOf(error)));
  }, [change]);

  useFocusField(profile !== null, focusField ? `profile-${focusField}` : null);
  if (failure) return <p className="message-error">{failure}</p>;
  if (!profile) return <p>Загрузка…</p>;
  const update = (next: SchoolProfile) => {
    setProfile(next);
    change(next);
  };
  return (
    <section>
      <div className="page-heading">
        <h1>Профиль школы</h1>
        <SaveIndicator state={autosave.state} onRetry={() => void autosave.flush()} />
      </div>
      <form className="profile-form" onSubmit={(event) => event.preventDefault()}>
        <ProfileFields profile={profile} issues={validateSchoolProfile(profile)} onChange={update} codeEditable={false} />
      </form>
    </section>
  );
}
