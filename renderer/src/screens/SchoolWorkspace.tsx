import type { AppStatus } from '../../../shared/api/schemas';
import { Workspace } from '../components/Workspace';
import { useHashRoute } from '../hooks/useHashRoute';
import { KeyScreen } from './KeyScreen';
import { PassportScreen } from './PassportScreen';
import { ProfileScreen } from './ProfileScreen';

const sections = [
  { route: '/passport', label: 'Социальный паспорт' },
  { route: '/profile', label: 'Профиль школы' },
  { route: '/key', label: 'Ключ подписи' },
] as const;

export function SchoolWorkspace({ status }: { status: AppStatus }) {
  const [route, navigate] = useHashRoute();
  const installation = status.installation!;
  const page = route.startsWith('/profile') ? (
    <ProfileScreen />
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
