import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type * as ClientModule from '../api/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('../api/client', async (importOriginal) => ({ ...(await importOriginal<typeof ClientModule>()), invoke: (...args: unknown[]) => invoke(...args) }));

const { PassportEditor } = await import('./PassportEditor');

describe('PassportEditor autosave', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => {
    vi.useRealTimers();
    invoke.mockReset();
  });

  it('saves a typed value, errors included, after a pause', async () => {
    invoke.mockImplementation(async (method: string) =>
      method === 'passport.get' ? { year: '2025/2026', values: { studentsTotal: '120' }, updatedAt: '2025-10-01T10:00:00.000Z' } : { updatedAt: '2025-10-01T10:05:00.000Z' },
    );
    render(<PassportEditor year="2025/2026" onSaved={() => {}} />);
    const input = await screen.findByLabelText('Обучающиеся с ОВЗ');
    fireEvent.change(input, { target: { value: '-5' } });
    expect(screen.getByRole('status')).toHaveTextContent('Есть несохранённые изменения');
    await act(async () => vi.advanceTimersByTime(1000));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('passport.save', { year: '2025/2026', values: { studentsTotal: '120', studentsOvz: '-5' } }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Сохранено в'));
    expect(localStorage.getItem('opora.draft.passport.2025/2026')).toBeNull();
  });

  it('keeps the value and a local draft when saving fails, and says so', async () => {
    invoke.mockImplementation(async (method: string) => {
      if (method === 'passport.get') return { year: '2025/2026', values: {}, updatedAt: '2025-10-01T10:00:00.000Z' };
      throw new Error('Недостаточно места на диске: изменения не сохранены.');
    });
    render(<PassportEditor year="2025/2026" onSaved={() => {}} />);
    const input = await screen.findByLabelText('Обучающихся всего');
    fireEvent.change(input, { target: { value: '87' } });
    await act(async () => vi.advanceTimersByTime(1000));
    expect(await screen.findByRole('alert')).toHaveTextContent('Не сохранено: Недостаточно места на диске');
    expect(input).toHaveValue('87');
    expect(JSON.parse(localStorage.getItem('opora.draft.passport.2025/2026') ?? '{}')).toEqual({ studentsTotal: '87' });
  });

  it('restores an unsaved local draft over the stored values and saves it', async () => {
    localStorage.setItem('opora.draft.passport.2025/2026', JSON.stringify({ studentsTotal: '99' }));
    invoke.mockImplementation(async (method: string) =>
      method === 'passport.get' ? { year: '2025/2026', values: { studentsTotal: '90' }, updatedAt: '2025-10-01T10:00:00.000Z' } : { updatedAt: '2025-10-01T10:05:00.000Z' },
    );
    render(<PassportEditor year="2025/2026" onSaved={() => {}} />);
    expect(await screen.findByLabelText('Обучающихся всего')).toHaveValue('99');
    await act(async () => vi.advanceTimersByTime(1000));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('passport.save', { year: '2025/2026', values: { studentsTotal: '99' } }));
  });
});
