/**
 * Whom a curator trusts: an unknown key waits for a person, a refused key stays refused, and a
 * known school arriving with another key (a new laptop) is held, logged and applied only after
 * an explicit confirmation. Through the import service and trust.decide, on real copies.
 */
import { describe, expect, it } from 'vitest';
import type { PendingTrust, SchoolDetail, SchoolSummary, TrustedKey } from '../../shared/api/exchange-api';
import type { AppStatus } from '../../shared/api/schemas';
import { decide, dumpStore, exchangeFixture, exportReport, importFile } from '../../test/helpers/exchange';
import { failureOf } from '../../test/helpers/core';
import { call, type Core } from './core';
import Database from 'better-sqlite3';
import { dataPaths } from './data-dir';

const copies = exchangeFixture();

const fingerprintOf = async (core: Core) => ((await call(core, 'app.status')) as AppStatus).installation!.fingerprint;

function trustEvents(dataDir: string) {
  const sqlite = new Database(dataPaths(dataDir).database, { readonly: true });
  try {
    return sqlite.prepare('SELECT school_code AS schoolCode, event, fingerprint, previous_fingerprint AS previousFingerprint FROM trust_events ORDER BY id').all();
  } finally {
    sqlite.close();
  }
}

describe('an unknown key', () => {
  it('waits for a person; accepting applies it and every package waiting for the same key', async () => {
    const school = await copies.school(21);
    const r1 = await exportReport(school);
    await call(school.core, 'passport.save', { year: '2025/2026', values: { ...school.demo.passports[2]!.values, vacancies: '4' } });
    const r2 = await exportReport(school);
    const other = await copies.school(22);
    const otherReport = await exportReport(other);
    const curator = await copies.curator();
    const empty = dumpStore(curator.dir);

    const first = await importFile(curator, r1.path);
    const second = await importFile(curator, r2.path);
    const third = await importFile(curator, otherReport.path);

    const fingerprint = await fingerprintOf(school.core);
    expect(first).toMatchObject({ status: 'needs-trust', schoolCode: school.code, revision: 1, trust: { fingerprint, previousFingerprint: null } });
    expect(first.reason).toContain(fingerprint);
    expect(second.status).toBe('needs-trust');
    expect(third.status).toBe('needs-trust');
    expect(dumpStore(curator.dir)).toEqual(empty);
    expect(await call(curator.core, 'schools.list')).toEqual([]);
    const pending = (await call(curator.core, 'trust.pending')) as PendingTrust[];
    expect(pending.map((entry) => [entry.packageId, entry.role, entry.schoolCode, entry.fingerprint, entry.previousFingerprint])).toEqual([
      [first.packageId, 'school', school.code, fingerprint, null],
      [second.packageId, 'school', school.code, fingerprint, null],
      [third.packageId, 'school', other.code, await fingerprintOf(other.core), null],
    ]);

    const accepted = await decide(curator, first.packageId!, 'accept');

    expect(accepted).toMatchObject({ status: 'imported', packageId: first.packageId });
    const detail = (await call(curator.core, 'schools.get', { code: school.code })) as SchoolDetail;
    expect(detail.summary.revision).toBe(2); // the waiting r2 was applied too
    expect(detail.history.map((entry) => [entry.revision, entry.outcome])).toEqual([
      [2, 'imported'],
      [1, 'imported'],
    ]);
    expect(((await call(curator.core, 'trust.pending')) as PendingTrust[]).map((entry) => entry.packageId)).toEqual([third.packageId]);
    expect((await call(curator.core, 'schools.list')) as SchoolSummary[]).toHaveLength(1);
    expect(await call(curator.core, 'trust.keys')).toEqual([expect.objectContaining({ role: 'school', schoolCode: school.code, fingerprint, status: 'trusted', source: 'person' })]);
    expect(trustEvents(curator.dir)).toEqual([{ schoolCode: school.code, event: 'accepted', fingerprint, previousFingerprint: null }]);
  });

  it('importing the waiting file again does not add a second waiting entry', async () => {
    const school = await copies.school(23);
    const report = await exportReport(school);
    const curator = await copies.curator();
    const first = await importFile(curator, report.path);
    const again = await importFile(curator, report.path);
    expect(again).toMatchObject({ status: 'needs-trust', packageId: first.packageId });
    expect(((await call(curator.core, 'trust.pending')) as PendingTrust[]).map((entry) => entry.packageId)).toEqual([first.packageId]);
    // --trust-new on a later run settles the waiting entry itself
    expect(await importFile(curator, report.path, { trustNew: true })).toMatchObject({ status: 'imported', packageId: first.packageId });
    expect(await call(curator.core, 'trust.pending')).toEqual([]);
  });

  it('refusing it refuses later packages signed with it, even with trustNew', async () => {
    const school = await copies.school(24);
    const r1 = await exportReport(school);
    const r2 = await exportReport(school);
    const curator = await copies.curator();
    const waiting = await importFile(curator, r1.path);

    const refused = await decide(curator, waiting.packageId!, 'refuse');
    const later = await importFile(curator, r2.path, { trustNew: true });

    expect(refused).toMatchObject({ status: 'refused', packageId: waiting.packageId });
    expect(refused.reason).toMatch(/отклонён/);
    expect(later.status).toBe('refused');
    expect(later.reason).toMatch(/ранее отклонён/);
    expect(await call(curator.core, 'schools.list')).toEqual([]);
    expect(dumpStore(curator.dir).documents).toEqual([]);
    expect(((await call(curator.core, 'trust.keys')) as TrustedKey[]).map((key) => [key.schoolCode, key.status])).toEqual([[school.code, 'refused']]);
    expect(trustEvents(curator.dir).map((event) => (event as { event: string }).event)).toEqual(['refused']);
    const error = await failureOf(curator.core, 'trust.decide', { packageId: waiting.packageId, decision: 'accept' });
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('refusing a key', () => {
  it('refuses every package waiting for the same key, and only those', async () => {
    const school = await copies.school(23);
    const r1 = await exportReport(school);
    const r2 = await exportReport(school);
    const other = await copies.school(24);
    const otherReport = await exportReport(other);
    const curator = await copies.curator();
    const first = await importFile(curator, r1.path);
    const second = await importFile(curator, r2.path);
    const third = await importFile(curator, otherReport.path);

    await decide(curator, first.packageId!, 'refuse');

    const pending = (await call(curator.core, 'trust.pending')) as PendingTrust[];
    expect(pending.map((entry) => entry.packageId)).toEqual([third.packageId]);
    const outcomes = Object.fromEntries((await call(curator.core, 'exchange.received') as { id: number; outcome: string }[]).map((row) => [row.id, row.outcome]));
    expect(outcomes[second.packageId!]).toBe('refused');
    expect(await call(curator.core, 'schools.list')).toEqual([]);
  });
});

describe('a known school with another key (a new laptop)', () => {
  async function keyChange(seed: number) {
    const oldLaptop = await copies.school(seed);
    const curator = await copies.curator();
    expect((await importFile(curator, (await exportReport(oldLaptop)).path, { trustNew: true })).status).toBe('imported');
    // The same school set up again on another computer: same code, a new key, data typed anew.
    const newLaptop = await copies.school(seed, 0, '2026-02-01T09:00:00.000Z');
    await call(newLaptop.core, 'passport.save', { year: '2025/2026', values: { ...newLaptop.demo.passports[2]!.values, vacancies: '6' } });
    const report = await exportReport(newLaptop);
    expect(newLaptop.code).toBe(oldLaptop.code);
    return { oldLaptop, newLaptop, curator, report, oldFingerprint: await fingerprintOf(oldLaptop.core), newFingerprint: await fingerprintOf(newLaptop.core) };
  }

  it('is held with a loud warning and logged; accepting confirms the change, replaces the old key and applies the report', async () => {
    const { curator, report, oldLaptop, oldFingerprint, newFingerprint } = await keyChange(31);
    const before = dumpStore(curator.dir);

    const held = await importFile(curator, report.path, { trustNew: true }); // trustNew is for new schools, not for key changes

    expect(held).toMatchObject({ status: 'needs-trust', trust: { fingerprint: newFingerprint, previousFingerprint: oldFingerprint } });
    expect(held.reason).toMatch(/ВНИМАНИЕ: ключ подписи сменился/);
    const { trust_events: events, ...rest } = dumpStore(curator.dir);
    const { trust_events: eventsBefore, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(events).toHaveLength(eventsBefore!.length + 1);
    expect(trustEvents(curator.dir).at(-1)).toEqual({ schoolCode: oldLaptop.code, event: 'key-change-detected', fingerprint: newFingerprint, previousFingerprint: oldFingerprint });
    expect(((await call(curator.core, 'trust.pending')) as PendingTrust[])[0]).toMatchObject({ packageId: held.packageId, previousFingerprint: oldFingerprint });

    const accepted = await decide(curator, held.packageId!, 'accept');

    expect(accepted.status).toBe('imported');
    expect(trustEvents(curator.dir).map((event) => (event as { event: string }).event)).toEqual(['accepted', 'key-change-detected', 'key-change-confirmed']);
    expect(trustEvents(curator.dir).at(-1)).toMatchObject({ fingerprint: newFingerprint, previousFingerprint: oldFingerprint });
    const keys = (await call(curator.core, 'trust.keys')) as TrustedKey[];
    expect(keys.map((key) => [key.fingerprint, key.status])).toEqual([
      [newFingerprint, 'trusted'],
      [oldFingerprint, 'replaced'],
    ]);
    const detail = (await call(curator.core, 'schools.get', { code: oldLaptop.code })) as SchoolDetail;
    expect(detail.summary.fingerprint).toBe(newFingerprint);
    expect(detail.documents.find((document) => document.year === '2025/2026')?.data).toMatchObject({ values: { vacancies: '6' } });
  });

  it('a late report from the old laptop is kept in history and does not become current', async () => {
    const { curator, report, oldLaptop, newFingerprint } = await keyChange(33);
    await call(oldLaptop.core, 'passport.save', { year: '2025/2026', values: { ...oldLaptop.demo.passports[2]!.values, vacancies: '9' } });
    await exportReport(oldLaptop);
    const late = await exportReport(oldLaptop); // revision 3 of the old key, higher than the new key's 1
    expect((await importFile(curator, report.path, { acceptKeyChange: [oldLaptop.code] })).status).toBe('imported');

    const outcome = await importFile(curator, late.path);

    expect(outcome.status).toBe('older');
    expect(outcome.reason).toMatch(/прежним ключом.*сохранён в истории/);
    expect((await call(curator.core, 'trust.pending')) as PendingTrust[]).toEqual([]);
    const detail = (await call(curator.core, 'schools.get', { code: oldLaptop.code })) as SchoolDetail;
    expect(detail.summary.fingerprint).toBe(newFingerprint);
    expect(detail.documents.find((document) => document.year === '2025/2026')?.data).toMatchObject({ values: { vacancies: '6' } });
  });

  it('acceptKeyChange: [code] confirms it in one step', async () => {
    const { curator, report, oldLaptop, oldFingerprint, newFingerprint } = await keyChange(32);

    const outcome = await importFile(curator, report.path, { acceptKeyChange: [oldLaptop.code] });

    expect(outcome.status).toBe('imported');
    expect(trustEvents(curator.dir).at(-1)).toEqual({ schoolCode: oldLaptop.code, event: 'key-change-confirmed', fingerprint: newFingerprint, previousFingerprint: oldFingerprint });
    const keys = (await call(curator.core, 'trust.keys')) as TrustedKey[];
    expect(keys.map((key) => [key.fingerprint, key.status, key.source])).toEqual([
      [newFingerprint, 'trusted', 'command-line'],
      [oldFingerprint, 'replaced', 'command-line'],
    ]);
  });

  it('acceptKeyChange for another school confirms nothing', async () => {
    const { curator, report } = await keyChange(33);
    expect((await importFile(curator, report.path, { acceptKeyChange: ['999999'], trustNew: true })).status).toBe('needs-trust');
  });
});
