import type { SaveState } from '../hooks/useAutosave';

const timeFormat = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind === 'failed') {
    return (
      <div className="save-indicator save-failed" role="alert">
        Не сохранено: {state.message}{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          Повторить
        </button>
      </div>
    );
  }
  const text =
    state.kind === 'saving' ? 'Сохранение…' : state.kind === 'pending' ? 'Есть несохранённые изменения…' : state.at ? `Сохранено в ${timeFormat.format(new Date(state.at))}` : 'Все изменения сохранены';
  return (
    <div className="save-indicator" role="status" aria-live="polite">
      {text}
    </div>
  );
}
