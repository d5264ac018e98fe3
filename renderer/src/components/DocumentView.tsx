/**
 * A school's document read-only, as the school filled it: the profile as a list of fields, a
 * social passport as a table with shares and rule findings, and its ИСБ with the explanation.
 */
import { passportGroups } from '../../../shared/catalogs/passport-fields';
import { labelOf, localities, schoolClusters, schoolTypes } from '../../../shared/catalogs/school-options';
import type { ExchangeDocument } from '../../../shared/api/exchange-schemas';
import { documentFieldLabel } from '../../../shared/domain/document-validation';
import { issuesFor } from '../../../shared/domain/issues';
import { formatShare } from '../../../shared/domain/numbers';
import { evaluatePassport } from '../../../shared/domain/passport-evaluation';
import type { SchoolProfile } from '../../../shared/domain/school-profile';
import { FieldMessages } from './FieldMessages';
import { IsbPanel } from './IsbPanel';

function ProfileView({ profile }: { profile: SchoolProfile }) {
  const shown: [keyof SchoolProfile, string][] = Object.keys(profile).map((key) => {
    const field = key as keyof SchoolProfile;
    const value = field === 'type' ? labelOf(schoolTypes, profile.type) : field === 'locality' ? labelOf(localities, profile.locality) : field === 'cluster' ? labelOf(schoolClusters, profile.cluster) : profile[field];
    return [field, value];
  });
  return (
    <dl className="key-facts">
      {shown.map(([field, value]) => [<dt key={`${field}-t`}>{documentFieldLabel('profile', field)}</dt>, <dd key={`${field}-d`}>{value || '—'}</dd>])}
    </dl>
  );
}

function PassportView({ values }: { values: Record<string, string> }) {
  const evaluation = evaluatePassport(values);
  return (
    <div className="passport-columns">
      <table className="data-table passport-view">
        <tbody>
          {passportGroups.map((group) => [
            <tr key={group.id}>
              <th colSpan={3} scope="colgroup" className="group-row">
                {group.title}
              </th>
            </tr>,
            ...group.fields.map((field) => {
              const option = field.options?.find((item) => item.code === values[field.id]);
              const share = evaluation.shares.get(field.id);
              return (
                <tr key={field.id}>
                  <th scope="row" className={field.partOf ? 'is-part' : undefined}>
                    {field.label}
                  </th>
                  <td>
                    {option?.label ?? values[field.id] ?? '—'} {values[field.id] && field.kind !== 'choice' ? field.unit : ''}
                    <FieldMessages id={`view-${field.id}`} issues={issuesFor(evaluation.issues, field.id)} />
                  </td>
                  <td>{share !== undefined ? formatShare(share) : ''}</td>
                </tr>
              );
            }),
          ])}
        </tbody>
      </table>
      <IsbPanel evaluation={evaluation} />
    </div>
  );
}

export function DocumentView({ document }: { document: ExchangeDocument }) {
  if (document.kind === 'profile') return <ProfileView profile={document.data} />;
  return <PassportView values={document.data.values} />;
}
