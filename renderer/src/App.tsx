/**
 * The top of the UI: asks the core who uses this copy and shows the matching workspace,
 * the first-run screen, or the recovery screen when the data cannot be opened.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../shared/api/schemas';
import { invoke, messageOf } from './api/client';
import { CuratorWorkspace } from './screens/CuratorWorkspace';
import { FirstRunScreen } from './screens/FirstRunScreen';
import { RecoveryScreen } from './screens/RecoveryScreen';
import { SchoolWorkspace } from './screens/SchoolWorkspace';

export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(() => {
    invoke('app.status', {})
      .then((next) => {
        setFailure(null);
        setStatus(next);
      })
      .catch((error: unknown) => setFailure(messageOf(error)));
  }, []);

  useEffect(load, [load]);

  if (failure) return <RecoveryScreen title="Не удалось связаться с приложением" message={failure} onRetry={load} />;
  if (!status) return <div className="loading">Загрузка…</div>;
  if (status.state === 'unavailable') {
    return <RecoveryScreen title="Данные не открыты" message={status.problem?.message ?? ''} dataDir={status.dataDir} onRetry={load} />;
  }
  if (!status.installation) return <FirstRunScreen onDone={setStatus} />;
  if (status.installation.mode === 'curator') return <CuratorWorkspace status={status} />;
  return <SchoolWorkspace status={status} />;
}
