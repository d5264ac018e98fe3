/**
 * The curator's response: the review draft (one row per document of the school's current
 * snapshot), its signed export, and what a school copy does with responses and enrollment files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PendingTrust, ReceivedResponse, ReviewDraft, TrustedKey, WrittenFile } from '../../shared/api/exchange-api';
import type { AppStatus } from '../../shared/api/schemas';
import { failureOf } from '../../test/helpers/core';
import { decide, dumpStore, exchangeFixture, exportReport, importFile, installationKey, quarantineFiles, receivedRows, type Copy } from '../../test/helpers/exchange';
import { russian } from '../../test/helpers/text';
import { call, type Core } from './core';
import { isoWithLocalOffset, readPackageFile, writePackage } from './exchange';
import Database from 'better-sqlite3';
import { dataPaths } from './data-dir';

const copies = exchangeFixture();
const curatorStart = '2026-01-15T12:00:00.000Z';

const fingerprintOf = async (core: Core) => ((await call(core, 'app.status')) as AppStatus).installation!.fingerprint;

/** A school copy whose report the curator imported (trusted from the command line). */
async function reviewedSchool(seed = 41, index = 0, curator?: Copy) {
  const school = await copies.school(seed, index);
  const report = await exportReport(school);
  const curatorCopy = curator ?? (await copies.curator(curatorStart));
  expect((await importFile(curatorCopy, report.path, { trustNew: true })).status).toBe('imported');
  return { school, curator: curatorCopy };
}

const filledReview = (draft: ReviewDraft): ReviewDraft => ({
  reviews: draft.reviews.map((review, index) => ({
    ...review,
    status: index === 0 ? 'accepted' : index === 1 ? 'remarks' : index === 2 ? 'returned' : '',
    comment: index === 1 ? 'Проверьте число подвозимых: на 40 % больше, чем год назад.' : '',
  })),
  protocol: { date: '2026-01-14', text: 'Рассмотрели отчёт школы на заседании рабочей группы.' },
  recommendations: [
    { id: 'r1', text: 'Организовать наставничество для молодых педагогов', addressee: 'Директор', deadline: '2026-05-31', documentKind: 'passport' },
    { id: 'r2', text: '  ', addressee: '', deadline: '', documentKind: null },
  ],
});

describe('the review draft', () => {
  it('review.get prefills one row per document of the school, nothing reviewed yet', async () => {
    const { school, curator } = await reviewedSchool();
    const draft = (await call(curator.core, 'review.get', { code: school.code })) as ReviewDraft;
    expect(draft).toEqual({
      reviews: [
        { kind: 'profile', year: '', status: '', comment: '' },
        { kind: 'passport', year: '2023/2024', status: '', comment: '' },
        { kind: 'passport', year: '2024/2025', status: '', comment: '' },
        { kind: 'passport', year: '2025/2026', status: '', comment: '' },
      ],
      protocol: { date: isoWithLocalOffset(new Date(curatorStart)).slice(0, 10), text: '' },
      recommendations: [],
    });
  });

  it('review.save keeps the draft; review.get gives it back with rows for documents not yet in it', async () => {
    const { school, curator } = await reviewedSchool();
    const saved: ReviewDraft = {
      reviews: [{ kind: 'passport', year: '2025/2026', status: 'remarks', comment: 'Нет возрастных групп' }],
      protocol: { date: '2026-01-20', text: 'Черновик' },
      recommendations: [{ id: 'a', text: 'Проверить данные', addressee: 'Заместитель директора', deadline: '', documentKind: null }],
    };
    expect(await call(curator.core, 'review.save', { code: school.code, review: saved })).toEqual({ updatedAt: expect.any(String) });
    const draft = (await call(curator.core, 'review.get', { code: school.code })) as ReviewDraft;
    expect(draft.reviews[0]).toEqual(saved.reviews[0]);
    expect(draft.reviews.slice(1).map((review) => `${review.kind} ${review.year} ${review.status}`)).toEqual(['profile  ', 'passport 2023/2024 ', 'passport 2024/2025 ']);
    expect(draft.protocol).toEqual(saved.protocol);
    expect(draft.recommendations).toEqual(saved.recommendations);
  });

  it('drops rows of documents a newer revision no longer has', async () => {
    const { school, curator } = await reviewedSchool(44);
    const draft = (await call(curator.core, 'review.get', { code: school.code })) as ReviewDraft;
    await call(curator.core, 'review.save', { code: school.code, review: filledReview(draft) });
    const sqlite = new Database(dataPaths(school.dir).database);
    sqlite.prepare("DELETE FROM documents WHERE kind = 'passport' AND year = '2023/2024'").run();
    sqlite.close();
    expect((await importFile(curator, (await exportReport(school)).path)).status).toBe('imported');

    const after = (await call(curator.core, 'review.get', { code: school.code })) as ReviewDraft;

    expect(after.reviews.map((review) => `${review.kind} ${review.year}`.trim())).toEqual(['profile', 'passport 2024/2025', 'passport 2025/2026']);
  });

  it('is only for schools that sent a report', async () => {
    const curator = await copies.curator();
    expect((await failureOf(curator.core, 'review.get', { code: '400123' })).code).toBe('NOT_FOUND');
  });

  it('review.export refuses an empty review and writes nothing', async () => {
    const { school, curator } = await reviewedSchool();
    const before = dumpStore(curator.dir);
    const error = await failureOf(curator.core, 'review.export', { code: school.code });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/укажите статус хотя бы одного документа/);
    expect(error.message).toMatch(russian);
    expect(dumpStore(curator.dir)).toEqual(before);
    expect(fs.existsSync(path.join(curator.dir, 'exports'))).toBe(false);
  });
});

describe('a response reaches the school', () => {
  it('an unknown curator key waits for the school; accepted, responses.list shows statuses, protocol and recommendations', async () => {
    const { school, curator } = await reviewedSchool();
    const draft = (await call(curator.core, 'review.get', { code: school.code })) as ReviewDraft;
    await call(curator.core, 'review.save', { code: school.code, review: filledReview(draft) });
    const written = (await call(curator.core, 'review.export', { code: school.code })) as WrittenFile;
    expect(written).toMatchObject({ fileName: `opora_${school.code}_response_r1.xlsx`, revision: 1 });
    const curatorFingerprint = await fingerprintOf(curator.core);
    const before = dumpStore(school.dir);

    const waiting = await importFile(school, written.path, { trustNew: false });

    expect(waiting).toMatchObject({ status: 'needs-trust', kind: 'curator-response', trust: { fingerprint: curatorFingerprint, previousFingerprint: null } });
    expect(dumpStore(school.dir)).toEqual(before);
    expect(await call(school.core, 'responses.list')).toEqual([]);
    expect(((await call(school.core, 'trust.pending')) as PendingTrust[])[0]).toMatchObject({ role: 'curator', schoolCode: school.code, label: 'Жуковский район', fingerprint: curatorFingerprint });

    expect((await decide(school, waiting.packageId!, 'accept')).status).toBe('imported');

    const responses = (await call(school.core, 'responses.list')) as ReceivedResponse[];
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ revision: 1, districtName: 'Жуковский район', fingerprint: curatorFingerprint });
    expect(responses[0]!.response).toEqual({
      schoolCode: school.code,
      curator: { districtName: 'Жуковский район', curatorName: 'Петров Пётр Петрович' },
      respondsTo: { revision: 1 },
      reviews: [
        { kind: 'profile', year: '', status: 'accepted', comment: '' },
        { kind: 'passport', year: '2023/2024', status: 'remarks', comment: 'Проверьте число подвозимых: на 40 % больше, чем год назад.' },
        { kind: 'passport', year: '2024/2025', status: 'returned', comment: '' },
      ],
      protocol: { date: '2026-01-14', text: 'Рассмотрели отчёт школы на заседании рабочей группы.' },
      recommendations: [{ id: 'r1', text: 'Организовать наставничество для молодых педагогов', addressee: 'Директор', deadline: '2026-05-31', documentKind: 'passport' }],
    });
    expect(await call(school.core, 'trust.keys')).toEqual([expect.objectContaining({ role: 'curator', schoolCode: school.code, fingerprint: curatorFingerprint, status: 'trusted', source: 'person' })]);
    // The school's own report is not changed by what its district sent.
    const sent = await readPackageFile((await exportReport(school)).path);
    expect(sent.kind === 'school-report' && sent.payload.documents.map((document) => document.kind)).toEqual(['profile', 'passport', 'passport', 'passport']);
  });

  it('a response to another school is rejected by this school', async () => {
    const { school, curator } = await reviewedSchool(42, 0);
    const { school: other } = await reviewedSchool(42, 1, curator);
    expect(other.code).not.toBe(school.code);
    await call(curator.core, 'review.save', { code: other.code, review: filledReview((await call(curator.core, 'review.get', { code: other.code })) as ReviewDraft) });
    const written = (await call(curator.core, 'review.export', { code: other.code })) as WrittenFile;
    const before = dumpStore(school.dir);

    const outcome = await importFile(school, written.path, { trustNew: true });

    expect(outcome.status).toBe('rejected');
    expect(outcome.reason).toBe(`пакет адресован школе с кодом ${other.code}, а это копия школы ${school.code}`);
    expect(dumpStore(school.dir)).toEqual(before);
    expect(receivedRows(school.dir).map((row) => row.outcome)).toEqual(['rejected']);
    expect(quarantineFiles(school.dir)).toHaveLength(2);
  });

  it('a school report is rejected by a school copy (wrong kind)', async () => {
    const school = await copies.school(43);
    const neighbour = await copies.school(43, 1);
    const report = await exportReport(neighbour);
    const before = dumpStore(school.dir);

    const outcome = await importFile(school, report.path, { trustNew: true });

    expect(outcome.status).toBe('rejected');
    expect(outcome.reason).toMatch(/это отчёт школы, а эта копия принимает только ответ куратора или файл подключения/);
    expect(dumpStore(school.dir)).toEqual(before);
    expect(quarantineFiles(school.dir)).toHaveLength(2);
  });

  it('an enrollment file makes the school trust its district, so a later response imports directly', async () => {
    const { school, curator } = await reviewedSchool(44);
    const enrollmentFile = path.join(copies.inbox(), 'подключение.xlsx');
    fs.writeFileSync(
      enrollmentFile,
      await writePackage({
        kind: 'enrollment',
        manifest: { appVersion: '0.1.0', createdAt: '2026-01-10T09:00:00+03:00', schoolCode: school.code, schoolName: school.demo.profile.shortName, period: '', revision: 1 },
        payload: { districtName: 'Жуковский район', schoolCode: school.code, curatorName: 'Петров Пётр Петрович' },
        ...installationKey(curator.dir),
      }),
    );

    const enrolled = await importFile(school, enrollmentFile);

    expect(enrolled).toMatchObject({ status: 'imported', kind: 'enrollment' });
    const keys = (await call(school.core, 'trust.keys')) as TrustedKey[];
    expect(keys).toEqual([expect.objectContaining({ role: 'curator', schoolCode: school.code, fingerprint: await fingerprintOf(curator.core), status: 'trusted', source: 'enrollment' })]);

    await call(curator.core, 'review.save', { code: school.code, review: filledReview((await call(curator.core, 'review.get', { code: school.code })) as ReviewDraft) });
    const response = (await call(curator.core, 'review.export', { code: school.code })) as WrittenFile;
    expect((await importFile(school, response.path)).status).toBe('imported');
    expect(((await call(school.core, 'responses.list')) as ReceivedResponse[]).map((entry) => entry.revision)).toEqual([1]);
  });

  it('a district answering from a new computer (new key, numbering from 1 again) is held, then kept beside the old answer', async () => {
    const { school, curator } = await reviewedSchool(45);
    await call(curator.core, 'review.save', { code: school.code, review: filledReview((await call(curator.core, 'review.get', { code: school.code })) as ReviewDraft) });
    const first = await importFile(school, ((await call(curator.core, 'review.export', { code: school.code })) as WrittenFile).path);
    await decide(school, first.packageId!, 'accept');
    const { curator: newComputer } = await reviewedSchool(45, 0, await copies.curator('2026-03-01T12:00:00.000Z'));
    const draft = filledReview((await call(newComputer.core, 'review.get', { code: school.code })) as ReviewDraft);
    await call(newComputer.core, 'review.save', { code: school.code, review: { ...draft, protocol: { date: '2026-03-01', text: 'Повторное рассмотрение' } } });
    const written = (await call(newComputer.core, 'review.export', { code: school.code })) as WrittenFile;
    expect(written.revision).toBe(1);

    const held = await importFile(school, written.path);
    expect(held).toMatchObject({ status: 'needs-trust', trust: { fingerprint: await fingerprintOf(newComputer.core), previousFingerprint: await fingerprintOf(curator.core) } });
    const accepted = await decide(school, held.packageId!, 'accept');

    expect(accepted.status).toBe('imported');
    const responses = (await call(school.core, 'responses.list')) as ReceivedResponse[];
    expect(responses.map((entry) => [entry.revision, entry.response.protocol.text])).toEqual([
      [1, 'Повторное рассмотрение'],
      [1, 'Рассмотрели отчёт школы на заседании рабочей группы.'],
    ]);
  });
});
