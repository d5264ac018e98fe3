import type { AppStatus } from '../../../shared/api/schemas';
import { Workspace } from '../components/Workspace';
import { useHashRoute } from '../hooks/useHashRoute';
import { ExportScreen } from './ExportScreen';
import { KeyScreen } from './KeyScreen';
import { PassportScreen } from './PassportScreen';
import { ProfileScreen } from './ProfileScreen';
import { ResponsesScreen } from './ResponsesScreen';
import { TrustScreen } from './TrustScreen';

const sections = [
  { route: '/passport', label: 'Социальный паспорт' },
  { route: '/profile', label: 'Профиль школы' },
  { route: '/export', label: 'Отправка в район' },
  { route: '/responses', label: 'Ответы района' },
  { route: '/trust', label: 'Доверенные ключи' },
  { route: '/key', label: 'Ключ подписи' },
] as const;

export function SchoolWorkspace({ status }: { status: AppStatus }) {
  const [route, navigate] = useHashRoute();
  const installation = status.installation!;
  const page = route.startsWith('/profile') ? (
    <ProfileScreen route={route} />
  ) : route.startsWith('/export') ? (
    <ExportScreen installation={installation} onNavigate={navigate} />
  ) : route.startsWith('/responses') ? (
    <ResponsesScreen />
  ) : route.startsWith('/trust') ? (
    <TrustScreen />
  ) : route.startsWith('/key') ? (
    <KeyScreen installation={installation} dataDir={status.dataDir} />
  ) : (
    <PassportScreen route={route} onNavigate={navigate} />
  );
  return (
    <Workspace title={installation.schoolName ?? ''} subtitle={`Код ОО ${installation.schoolCode}`} sections={sections} route={route === '/' ? '/passport' : route} onNavigate={navigate}>
      {page}
    </Workspace>
  );
}
