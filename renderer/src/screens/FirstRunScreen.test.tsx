import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type * as ClientModule from '../api/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('../api/client', async (importOriginal) => ({ ...(await importOriginal<typeof ClientModule>()), invoke: (...args: unknown[]) => invoke(...args) }));

const { FirstRunScreen } = await import('./FirstRunScreen');

describe('FirstRunScreen', () => {
  afterEach(() => invoke.mockReset());

  it('asks for the required profile fields before creating a school copy', async () => {
    const onDone = vi.fn();
    invoke.mockResolvedValue({ state: 'ready' });
    render(<FirstRunScreen onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: /Школа/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Создать копию школы' }));
    expect(screen.getByText('Укажите полное наименование школы')).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/Код ОО/), { target: { value: '400123' } });
    fireEvent.change(screen.getByLabelText(/Полное наименование/), { target: { value: 'МКОУ «Берёзовская ООШ»' } });
    fireEvent.change(screen.getByLabelText(/Муниципалитет/), { target: { value: 'Жуковский район' } });
    fireEvent.click(screen.getByRole('button', { name: 'Создать копию школы' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith('setup.initialize', expect.objectContaining({ mode: 'school', profile: expect.objectContaining({ code: '400123', municipality: 'Жуковский район' }) }));
  });

  it('shows the core’s Russian message when setup is refused', async () => {
    invoke.mockRejectedValue(new Error('Эта копия уже настроена как копия школы с кодом 400123; ничего не изменено.'));
    render(<FirstRunScreen onDone={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /Куратор района/ }));
    fireEvent.change(screen.getByLabelText(/Муниципалитет/), { target: { value: 'Жуковский район' } });
    fireEvent.click(screen.getByRole('button', { name: 'Создать копию куратора' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('уже настроена');
  });
});
