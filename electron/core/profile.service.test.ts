import { describe, expect, it } from 'vitest';
import type { AppStatus, SchoolProfileDraft } from '../../shared/api/schemas';
import { coreFixture, failureOf, schoolSetup, steppingClock } from '../../test/helpers/core';
import { call } from './core';

const cores = coreFixture();

async function schoolCore() {
  const { core } = await cores.fresh({ now: steppingClock('2025-10-01T09:00:00.000Z') });
  await call(core, 'setup.initialize', schoolSetup);
  return core;
}

const edited: SchoolProfileDraft = {
  ...schoolSetup.profile,
  shortName: 'Высокиничская СОШ',
  cluster: 'rural-small',
  phone: '+7 (48432) 5-12-34',
  email: 'school1@mail.ru',
  address: 'Калужская обл., с. Высокиничи, ул. Школьная, 1',
  curatorName: 'Петров П. П.',
  mentorName: 'Сидорова А. А.',
  partnerSchool: 'МОУ «Гимназия № 1» г. Жуков',
};

describe('profile', () => {
  it('gives the profile entered at setup with the setup time', async () => {
    const core = await schoolCore();
    expect(await call(core, 'profile.get')).toEqual({ profile: schoolSetup.profile, updatedAt: '2025-10-01T09:00:00.000Z' });
  });

  it('saves a profile and gives it back as saved', async () => {
    const core = await schoolCore();
    const saved = (await call(core, 'profile.save', { profile: edited })) as { updatedAt: string };
    expect(saved.updatedAt).toBe('2025-10-01T09:00:01.000Z');
    expect(await call(core, 'profile.get')).toEqual({ profile: edited, updatedAt: saved.updatedAt });
    const status = (await call(core, 'app.status')) as AppStatus;
    expect(status.installation?.schoolName).toBe('Высокиничская СОШ');
  });

  it('refuses to change the school code and keeps the stored profile', async () => {
    const core = await schoolCore();
    const before = await call(core, 'profile.get');
    const error = await failureOf(core, 'profile.save', { profile: { ...edited, code: '400999' } });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('Код школы (400123)');
    expect(await call(core, 'profile.get')).toEqual(before);
  });

  it('accepts the same code written with spaces and stores it trimmed', async () => {
    const core = await schoolCore();
    await call(core, 'profile.save', { profile: { ...edited, code: ' 400123 ' } });
    const { profile } = (await call(core, 'profile.get')) as { profile: SchoolProfileDraft };
    expect(profile.code).toBe('400123');
  });

  it('refuses a value outside the closed lists and an unknown field', async () => {
    const core = await schoolCore();
    expect((await failureOf(core, 'profile.save', { profile: { ...edited, locality: 'suburban' } })).code).toBe('INVALID_INPUT');
    expect((await failureOf(core, 'profile.save', { profile: edited, extra: 1 })).code).toBe('INVALID_INPUT');
    expect((await call(core, 'profile.get')) as { profile: SchoolProfileDraft }).toMatchObject({ profile: { locality: 'rural' } });
  });
});
