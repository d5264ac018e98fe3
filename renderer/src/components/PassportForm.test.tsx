import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { passportFields, passportGroups } from '../../../shared/catalogs/passport-fields';
import { evaluatePassport } from '../../../shared/domain/passport-evaluation';
import { IsbPanel } from './IsbPanel';
import { PassportForm } from './PassportForm';

function StatefulForm({ initial, onValues }: { initial: Record<string, string>; onValues?: (values: Record<string, string>) => void }) {
  const [values, setValues] = useState(initial);
  return (
    <PassportForm
      values={values}
      evaluation={evaluatePassport(values)}
      onChange={(next) => {
        setValues(next);
        onValues?.(next);
      }}
    />
  );
}

describe('PassportForm', () => {
  it('shows every group and every field of the catalogue', () => {
    render(<StatefulForm initial={{}} />);
    for (const group of passportGroups) expect(screen.getByRole('group', { name: group.title })).toBeInTheDocument();
    for (const field of passportFields) expect(document.getElementById(`pf-${field.id}`)).not.toBeNull();
  });

  it('keeps a wrong value as typed and shows the error next to the field', () => {
    const onValues = vi.fn();
    render(<StatefulForm initial={{ studentsTotal: '120' }} onValues={onValues} />);
    const input = screen.getByLabelText('Обучающиеся из неполных семей');
    fireEvent.change(input, { target: { value: '140' } });
    expect(input).toHaveValue('140');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(onValues).toHaveBeenLastCalledWith({ studentsTotal: '120', studentsSingleParent: '140' });
    expect(document.getElementById('studentsSingleParent-messages')).toHaveTextContent('Больше, чем «Обучающихся всего» (120)');
  });

  it('computes the share as the value is typed', () => {
    render(<StatefulForm initial={{ studentsTotal: '120' }} />);
    fireEvent.change(screen.getByLabelText('Обучающиеся из многодетных семей'), { target: { value: '30' } });
    expect(screen.getByTestId('share-studentsLargeFamilies')).toHaveTextContent('25,0 %');
  });

  it('reports text that is not a number without dropping it', () => {
    render(<StatefulForm initial={{}} />);
    const input = screen.getByLabelText('Обучающихся всего');
    fireEvent.change(input, { target: { value: 'сто' } });
    expect(input).toHaveValue('сто');
    expect(document.getElementById('studentsTotal-messages')).toHaveTextContent('Введите целое число');
  });

  it('shows the sum of age bands against the total with its warning', () => {
    render(<StatefulForm initial={{ teachersTotal: '20', teachersAgeUnder25: '3', teachersAge60to64: '4' }} />);
    expect(document.getElementById('sum:teacherAges-messages')).toHaveTextContent('Сумма по возрастам: 7 из 20');
  });

  it('moves to the next field on Enter', () => {
    render(<StatefulForm initial={{}} />);
    const first = screen.getByLabelText('Обучающихся всего');
    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(screen.getByLabelText('в т. ч. в 1–4 классах')).toHaveFocus();
  });
});

describe('IsbPanel', () => {
  it('says what is missing while fewer than 70 % of indicators are filled', () => {
    render(<IsbPanel evaluation={evaluatePassport({ studentsTotal: '100', studentsOvz: '5' })} />);
    expect(screen.getByTestId('isb-missing')).toHaveTextContent('заполнено 1 из 9 показателей, нужно не меньше 7');
    expect(screen.getByTestId('isb-missing')).toHaveTextContent('Обучающиеся из неполных семей: не заполнено');
  });

  it('shows the index with each indicator’s contribution once enough is filled', () => {
    const values = {
      studentsTotal: '100',
      studentsSingleParent: '24',
      studentsLargeFamilies: '22',
      studentsLowIncome: '28',
      studentsOvz: '8',
      studentsRegistered: '2',
      studentsGuardianship: '3',
      parentsTotal: '180',
      parentsUnemployed: '18',
    };
    render(<IsbPanel evaluation={evaluatePassport(values)} />);
    expect(screen.getByTestId('isb-value')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Обучающиеся из неполных семей/ });
    expect(row).toHaveTextContent('24,0 %');
    expect(row).toHaveTextContent('↓ меньше — лучше');
  });
});
