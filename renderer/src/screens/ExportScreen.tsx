/**
 * Sending the school's data to the district: every rule runs first; errors block the package
 * and each leads to its field; warnings are listed and accepted by a person. The package is
 * signed, saved in the data folder and offered as a file to send by any means.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ExportCheck, ExportIssue, WrittenFile } from '../../../shared/api/exchange-api';
import type { Installation } from '../../../shared/api/schemas';
import { invoke, messageOf } from '../api/client';
import { downloadBase64 } from '../api/files';
import { FailureMessage } from '../components/FailureMessage';

export function issueRoute(issue: ExportIssue): string {
  const field = encodeURIComponent(issue.fieldId);
  return issue.documentKind === 'profile' ? `/profile?field=${field}` : `/passport/${issue.year.replace('/', '-')}?field=${field}`;
}

function IssueList({ issues, onNavigate }: { issues: readonly ExportIssue[]; onNavigate: (route: string) => void }) {
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => (
        <li key={index} className={issue.severity === 'error' ? 'message-error' : 'message-warning'}>
          <a
            href={`#${issueRoute(issue)}`}
            onClick={(event) => {
              event.preventDefault();
              onNavigate(issueRoute(issue));
            }}
          >
            {issue.documentLabel} — «{issue.fieldLabel}»
          </a>
          : {issue.message}
        </li>
      ))}
    </ul>
  );
}

export function ExportScreen({ installation, onNavigate }: { installation: Installation; onNavigate: (route: string) => void }) {
  const [check, setCheck] = useState<ExportCheck | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [written, setWritten] = useState<WrittenFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    invoke('exchange.checkExport', {}).then(setCheck, (error: unknown) => setFailure(messageOf(error)));
  }, []);
  useEffect(load, [load]);
  if (!check) return failure ? <p className="message-error">{failure}</p> : <p>Проверка данных…</p>;

  const exportPackage = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const file = await invoke('exchange.exportReport', { acceptWarnings: accepted });
      setWritten(file);
      downloadBase64(file.fileName, file.contentBase64);
      load();
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const blocked = check.errors.length > 0 || (check.warnings.length > 0 && !accepted);
  return (
    <section>
      <h1>Отправка в район</h1>
      <p>
        Пакет — один файл Excel со всеми документами школы ({check.documents.map((document) => document.label).join(', ')}), подписанный
        ключом этой копии. Отпечаток ключа: <span className="fingerprint-inline">{installation.fingerprint}</span> — продиктуйте его куратору
        по телефону при первой отправке.
      </p>
      <p>
        Следующий пакет: <strong>{check.fileName}</strong> (ревизия {check.revision}).
      </p>
      {check.errors.length > 0 && (
        <div className="summary summary-error" data-testid="export-errors">
          <p>Ошибок: {check.errors.length}. Пока они есть, пакет не формируется — исправьте их:</p>
          <IssueList issues={check.errors} onNavigate={onNavigate} />
        </div>
      )}
      {check.warnings.length > 0 && (
        <div className="summary summary-warning" data-testid="export-warnings">
          <p>Предупреждений: {check.warnings.length}. Проверьте значения; если они верны, подтвердите:</p>
          <IssueList issues={check.warnings} onNavigate={onNavigate} />
          <label className="checkbox">
            <input type="checkbox" checked={accepted} onChange={(event) => setAccepted(event.target.checked)} /> Предупреждения просмотрены, значения
            верны
          </label>
        </div>
      )}
      {check.errors.length === 0 && check.warnings.length === 0 && <p className="summary summary-ok">Ошибок и предупреждений нет.</p>}
      <FailureMessage message={failure} />
      {written && (
        <p className="summary summary-ok" role="status" data-testid="export-done">
          Пакет {written.fileName} (ревизия {written.revision}) подписан и сохранён: {written.path}. Отправьте файл в район любым способом:
          электронной почтой, на флешке, в мессенджере.
        </p>
      )}
      <div className="form-actions">
        <button type="button" disabled={blocked || busy} onClick={() => void exportPackage()}>
          {busy ? 'Формирование…' : 'Сформировать и подписать пакет'}
        </button>
      </div>
    </section>
  );
}
