import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ClientModule from '../api/client';

const invoke = vi.fn();
vi.mock('../api/client', async (importOriginal) => ({ ...(await importOriginal<typeof ClientModule>()), invoke: (...args: unknown[]) => invoke(...args) }));

const { TrustDecisions } = await import('./TrustDecisions');

const pending = (previousFingerprint: string | null) => ({
  packageId: 7,
  fileName: 'opora_400123_2025-2026_r2.xlsx',
  receivedAt: '2026-03-01T10:00:00.000Z',
  role: 'school',
  schoolCode: '400123',
  label: 'Берёзовская ООШ',
  fingerprint: '1111-2222-3333-4444-5555',
  previousFingerprint,
});

describe('TrustDecisions', () => {
  afterEach(() => invoke.mockReset());

  it('shows an unknown key with its fingerprint and the school, and accepts it in one step', async () => {
    invoke.mockImplementation(async (method: string) => (method === 'trust.pending' ? [pending(null)] : { status: 'imported' }));
    const onDecided = vi.fn();
    render(<TrustDecisions refreshKey={0} onDecided={onDecided} />);
    const item = await screen.findByTestId('trust-item');
    expect(item).toHaveTextContent('Школа «Берёзовская ООШ» (код 400123)');
    expect(item).toHaveTextContent('1111-2222-3333-4444-5555');
    fireEvent.click(screen.getByRole('button', { name: 'Доверять ключу' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('trust.decide', { packageId: 7, decision: 'accept' }));
    expect(onDecided).toHaveBeenCalled();
  });

  it('a changed key is a loud warning and cannot be accepted without an explicit confirmation', async () => {
    invoke.mockImplementation(async (method: string) => (method === 'trust.pending' ? [pending('9999-8888-7777-6666-5555')] : { status: 'imported' }));
    render(<TrustDecisions refreshKey={0} onDecided={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('ключ подписи сменился. Прежний отпечаток 9999-8888-7777-6666-5555');
    const accept = screen.getByRole('button', { name: 'Подтвердить смену ключа' });
    expect(accept).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox'));
    expect(accept).toBeEnabled();
    fireEvent.click(accept);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('trust.decide', { packageId: 7, decision: 'accept' }));
  });

  it('refuses a key', async () => {
    invoke.mockImplementation(async (method: string) => (method === 'trust.pending' ? [pending(null)] : { status: 'refused' }));
    render(<TrustDecisions refreshKey={0} onDecided={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Отклонить ключ' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('trust.decide', { packageId: 7, decision: 'refuse' }));
  });
});
