import type { AppStatus } from '../../../shared/api/schemas';
import { Workspace } from '../components/Workspace';
import { useHashRoute } from '../hooks/useHashRoute';
import { ImportScreen } from './ImportScreen';
import { KeyScreen } from './KeyScreen';
import { SchoolDetailScreen } from './SchoolDetailScreen';
import { SchoolsScreen } from './SchoolsScreen';
import { TrustScreen } from './TrustScreen';

const sections = [
  { route: '/schools', label: 'Школы' },
  { route: '/import', label: 'Импорт пакетов' },
  { route: '/trust', label: 'Доверенные ключи' },
  { route: '/key', label: 'Ключ подписи' },
] as const;

export function CuratorWorkspace({ status }: { status: AppStatus }) {
  const [route, navigate] = useHashRoute();
  const installation = status.installation!;
  const school = /^\/schools\/([0-9A-Za-z_-]+)/.exec(route)?.[1];
  const page = route.startsWith('/key') ? (
    <KeyScreen installation={installation} dataDir={status.dataDir} />
  ) : route.startsWith('/import') ? (
    <ImportScreen />
  ) : route.startsWith('/trust') ? (
    <TrustScreen curator />
  ) : school ? (
    <SchoolDetailScreen key={school} code={school} />
  ) : (
    <SchoolsScreen onOpen={(code) => navigate(`/schools/${code}`)} onImport={() => navigate('/import')} />
  );
  return (
    <Workspace title={installation.districtName ?? ''} subtitle="Копия куратора" sections={sections} route={route === '/' ? '/schools' : route} onNavigate={navigate}>
      {page}
    </Workspace>
  );
}
