/**
 * A finding of a validation rule. Errors block an export; warnings are shown and accepted.
 * `fieldId` names the field (or a rule such as `sum:teacherAges`) the message belongs next to.
 */
export type IssueSeverity = 'error' | 'warning';

export interface Issue {
  severity: IssueSeverity;
  fieldId: string;
  code: string;
  message: string;
}

export function errorsOf(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.severity === 'error');
}

export function warningsOf(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.severity === 'warning');
}

export function issuesFor(issues: readonly Issue[], fieldId: string): Issue[] {
  return issues.filter((issue) => issue.fieldId === fieldId);
}
