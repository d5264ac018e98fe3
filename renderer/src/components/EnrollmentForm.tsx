/** The curator makes a school's enrollment file: opening it, the school trusts the district's key at once. */
import { useState, type FormEvent } from 'react';
import { invoke, messageOf } from '../api/client';
import { downloadBase64 } from '../api/files';

export function EnrollmentForm() {
  const [schoolCode, setSchoolCode] = useState('');
  const [schoolName, setSchoolName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const file = await invoke('trust.enrollment', { schoolCode, schoolName });
      downloadBase64(file.fileName, file.contentBase64);
      setMessage({ ok: true, text: `Файл подключения сохранён: ${file.path}. Передайте его школе.` });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
    }
  };
  return (
    <form className="card enrollment-form" onSubmit={submit}>
      <h2>Файл подключения школы</h2>
      <p className="hint">Школа, открывшая этот файл в разделе «Ответы района», сразу доверяет ключу района — без сверки отпечатка по телефону.</p>
      <div className="form-row">
        <label htmlFor="enroll-code">Код ОО</label>
        <input id="enroll-code" value={schoolCode} onChange={(event) => setSchoolCode(event.target.value)} required />
      </div>
      <div className="form-row">
        <label htmlFor="enroll-name">Наименование школы</label>
        <input id="enroll-name" value={schoolName} onChange={(event) => setSchoolName(event.target.value)} />
      </div>
      {message && <p className={message.ok ? 'summary summary-ok' : 'message-error'}>{message.text}</p>}
      <div className="form-actions">
        <button type="submit">Сформировать файл подключения</button>
      </div>
    </form>
  );
}
