import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ClientModule from '../api/client';

const invoke = vi.fn();
vi.mock('../api/client', async (importOriginal) => ({ ...(await importOriginal<typeof ClientModule>()), invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock('../api/files', () => ({ downloadBase64: vi.fn() }));

const { ExportScreen } = await import('./ExportScreen');

const installation = {
  mode: 'school' as const,
  createdAt: '2026-01-01T00:00:00.000Z',
  fingerprint: '1234-5678-9012-3456-7890',
  keyProtection: { kind: 'user-file' as const, description: '' },
  schoolCode: '400123',
  schoolName: 'Берёзовская ООШ',
  districtName: 'Жуковский район',
};

const issue = (severity: 'error' | 'warning', message: string) => ({
  severity,
  documentKind: 'passport',
  documentLabel: 'Социальный паспорт 2025/2026',
  year: '2025/2026',
  fieldId: 'studentsOvz',
  fieldLabel: 'Обучающиеся с ОВЗ',
  message,
});

const check = (errors: ReturnType<typeof issue>[], warnings: ReturnType<typeof issue>[]) => ({
  revision: 3,
  fileName: 'opora_400123_2025-2026_r3.xlsx',
  documents: [{ kind: 'profile', year: '', label: 'Карточка ОО' }],
  errors,
  warnings,
});

describe('ExportScreen', () => {
  afterEach(() => invoke.mockReset());

  it('errors block the package, and each leads to its field', async () => {
    invoke.mockResolvedValue(check([issue('error', 'Больше, чем «Обучающихся всего» (120)')], []));
    const onNavigate = vi.fn();
    render(<ExportScreen installation={installation} onNavigate={onNavigate} />);
    expect(await screen.findByTestId('export-errors')).toHaveTextContent('Ошибок: 1');
    expect(screen.getByRole('button', { name: 'Сформировать и подписать пакет' })).toBeDisabled();
    fireEvent.click(screen.getByRole('link', { name: /Обучающиеся с ОВЗ/ }));
    expect(onNavigate).toHaveBeenCalledWith('/passport/2025-2026?field=studentsOvz');
  });

  it('warnings must be accepted before the package is signed', async () => {
    invoke.mockImplementation(async (method: string) =>
      method === 'exchange.checkExport' ? check([], [issue('warning', 'Необычно высокая доля')]) : { fileName: 'f.xlsx', path: '/data/exports/f.xlsx', revision: 3, sha256: 'x', contentBase64: '' },
    );
    render(<ExportScreen installation={installation} onNavigate={() => {}} />);
    const button = await screen.findByRole('button', { name: 'Сформировать и подписать пакет' });
    expect(button).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(button);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('exchange.exportReport', { acceptWarnings: true }));
    expect(await screen.findByTestId('export-done')).toHaveTextContent('ревизия 3');
  });
});
