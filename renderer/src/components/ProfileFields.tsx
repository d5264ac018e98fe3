/**
 * The fields of the school profile, shared by the first-run form and the profile screen.
 * The code is editable only at first run: it names the school in every package.
 */
import { localities, schoolClusters, schoolTypes } from '../../../shared/catalogs/school-options';
import { issuesFor, type Issue } from '../../../shared/domain/issues';
import { schoolProfileLabels, type SchoolProfile } from '../../../shared/domain/school-profile';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface ProfileFieldsProps {
  profile: SchoolProfile;
  issues: readonly Issue[];
  onChange: (profile: SchoolProfile) => void;
  codeEditable: boolean;
}

export function ProfileFields({ profile, issues, onChange, codeEditable }: ProfileFieldsProps) {
  const text = (field: keyof SchoolProfile, extra: { required?: boolean; hint?: string; type?: 'email' | 'tel' } = {}) => (
    <TextField id={`profile-${field}`} label={schoolProfileLabels[field]} value={profile[field]} issues={issuesFor(issues, field)} onChange={(value) => onChange({ ...profile, [field]: value })} {...extra} />
  );
  const select = (field: 'type' | 'locality' | 'cluster', options: readonly { code: string; label: string }[]) => (
    <SelectField id={`profile-${field}`} label={schoolProfileLabels[field]} value={profile[field]} options={options} issues={issuesFor(issues, field)} onChange={(value) => onChange({ ...profile, [field]: value })} />
  );
  return (
    <>
      <fieldset>
        <legend>Школа</legend>
        <TextField
          id="profile-code"
          label={schoolProfileLabels.code}
          value={profile.code}
          required
          readOnly={!codeEditable}
          autoFocus={codeEditable}
          hint={codeEditable ? 'По коду район узнаёт школу; после настройки он не меняется' : 'Код задан при настройке и не меняется'}
          issues={issuesFor(issues, 'code')}
          onChange={(value) => onChange({ ...profile, code: value })}
        />
        {text('fullName', { required: true })}
        {text('shortName')}
        {text('municipality', { required: true })}
        {select('type', schoolTypes)}
        {select('locality', localities)}
        {select('cluster', schoolClusters)}
      </fieldset>
      <fieldset>
        <legend>Руководство и контакты</legend>
        {text('directorName')}
        {text('phone', { type: 'tel' })}
        {text('email', { type: 'email' })}
        {text('address')}
      </fieldset>
      <fieldset>
        <legend>Сопровождение</legend>
        {text('curatorName')}
        {text('mentorName')}
        {text('partnerSchool')}
      </fieldset>
    </>
  );
}
