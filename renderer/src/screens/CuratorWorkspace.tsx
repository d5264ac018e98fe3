import type { AppStatus } from '../../../shared/api/schemas';
import { Workspace } from '../components/Workspace';
import { useHashRoute } from '../hooks/useHashRoute';
import { KeyScreen } from './KeyScreen';

const sections = [
  { route: '/schools', label: 'Школы' },
  { route: '/key', label: 'Ключ подписи' },
] as const;

export function CuratorWorkspace({ status }: { status: AppStatus }) {
  const [route, navigate] = useHashRoute();
  const installation = status.installation!;
  return (
    <Workspace title={installation.districtName ?? ''} subtitle="Копия куратора" sections={sections} route={route === '/' ? '/schools' : route} onNavigate={navigate}>
      {route.startsWith('/key') ? (
        <KeyScreen installation={installation} dataDir={status.dataDir} />
      ) : (
        <section>
          <h1>Школы</h1>
          <p>Пакетов от школ пока нет. Школы появятся здесь, когда вы импортируете их подписанные пакеты.</p>
        </section>
      )}
    </Workspace>
  );
}
