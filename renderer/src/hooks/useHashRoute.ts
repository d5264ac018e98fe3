/**
 * Navigation by the URL fragment (#/passport/2025-2026), so a reload keeps the place and the
 * app needs no router library. The browser-mode token arrives in the fragment too and is
 * taken out of it before the UI starts (api/client.ts).
 */
import { useCallback, useEffect, useState } from 'react';

export function currentRoute(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

export function useHashRoute(): [string, (route: string) => void] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: string) => {
    window.location.hash = next;
    setRoute(next);
  }, []);
  return [route, navigate];
}
