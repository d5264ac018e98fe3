/**
 * First run: who uses this copy — a school or a district curator — and the data to set it up.
 * Setting up creates the installation's signing key; the next screen shows its fingerprint.
 */
import { useState } from 'react';
import type { AppStatus } from '../../../shared/api/schemas';
import { CuratorSetupForm } from './CuratorSetupForm';
import { SchoolSetupForm } from './SchoolSetupForm';

type Choice = 'none' | 'school' | 'curator';

export function FirstRunScreen({ onDone }: { onDone: (status: AppStatus) => void }) {
  const [choice, setChoice] = useState<Choice>('none');
  return (
    <main className="centered-page">
      <section className="card first-run">
        <h1>Добро пожаловать в «Опору»</h1>
        {choice === 'none' && (
          <>
            <p>Кто будет работать в этой копии приложения? Выбор делается один раз.</p>
            <div className="choice-buttons">
              <button type="button" className="choice" onClick={() => setChoice('school')} autoFocus>
                <strong>Школа</strong>
                <span>Директор или управленческая команда: профиль школы, социальный паспорт, отчёты для района</span>
              </button>
              <button type="button" className="choice" onClick={() => setChoice('curator')}>
                <strong>Куратор района</strong>
                <span>Отдел образования или методический центр: пакеты школ, протоколы, сводные отчёты</span>
              </button>
            </div>
          </>
        )}
        {choice === 'school' && <SchoolSetupForm onDone={onDone} onBack={() => setChoice('none')} />}
        {choice === 'curator' && <CuratorSetupForm onDone={onDone} onBack={() => setChoice('none')} />}
      </section>
    </main>
  );
}
