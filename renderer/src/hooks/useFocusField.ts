/**
 * Lets a link lead to one field (#/passport/2025-2026?field=studentsTotal): once the page has
 * loaded, the field is scrolled into view and focused.
 */
import { useEffect } from 'react';

export function fieldFromRoute(route: string): string | null {
  const query = route.split('?')[1];
  return query ? new URLSearchParams(query).get('field') : null;
}

export function useFocusField(ready: boolean, elementId: string | null) {
  useEffect(() => {
    if (!ready || !elementId) return;
    const element = document.getElementById(elementId);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
  }, [ready, elementId]);
}
