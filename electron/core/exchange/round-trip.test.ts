import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { PackageKind } from '../../../shared/api/exchange-schemas';
import { curatorKeys, curatorResponse, enrollment, schoolKeys, schoolReport } from '../../../test/fixtures/exchange-packages';
import { fingerprintOf } from '../signing';
import { packageFileName, readPackage, readPackageFile, writePackage, writePackageFile, type WritePackageOptions } from './index';

const signed = <K extends PackageKind>(kind: K, fixture: { manifest: WritePackageOptions<K>['manifest']; payload: WritePackageOptions<K>['payload'] }): WritePackageOptions<K> => {
  const keys = kind === 'school-report' ? schoolKeys() : curatorKeys();
  return { kind, ...fixture, privateKeyPkcs8: keys.privateKeyPkcs8, publicKey: keys.publicKey };
};

async function roundTrip<K extends PackageKind>(options: WritePackageOptions<K>) {
  const bytes = await writePackage(options);
  const read = await readPackage(bytes, { fileName: 'test.xlsx' });
  expect(read.kind).toBe(options.kind);
  expect(read.payload).toEqual(options.payload);
  expect(read.warnings).toEqual([]);
  const { appVersion, ...fields } = options.manifest;
  expect(read.manifest).toMatchObject({ ...fields, format: 1, kind: options.kind, app: { name: 'Опора', version: appVersion } });
  expect(read.fingerprint).toBe(fingerprintOf(options.publicKey));
  expect(read.manifest.signer.publicKey).toBe(options.publicKey);
  return read;
}

const longText = (length: number) => {
  const sentence = 'Протокол заседания: обсудили _x0041_ и «кавычки» \\ "двойные" 😀 ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - 1) + '.';
};

describe('write → read keeps every field', () => {
  it('a school report with a profile and three social passports', async () => {
    const read = await roundTrip(signed('school-report', schoolReport()));
    expect(read.manifest.signer.role).toBe('school');
    expect(read.manifest.period).toBe('2023/2024–2025/2026');
    expect(packageFileName(read.manifest)).toBe('opora_400123_2025-2026_r3.xlsx');
  });

  it('a report with a draft error, odd text and one year', async () => {
    const fixture = schoolReport({
      code: 'sch_77-b',
      years: ['2025/2026'],
      profile: { fullName: 'Школа «_x0041_» \u0007 с символом\u00a0и 😀', mentorName: '  пробелы по краям  ', cluster: '' },
      newestValues: { studentsTotal: '1 234', teachersTotal: 'около 30', distanceToCentreKm: '12,5', studentsOvz: '2000' },
    }, 1);
    const read = await roundTrip(signed('school-report', fixture));
    expect(packageFileName(read.manifest)).toBe('opora_sch_77-b_2025-2026_r1.xlsx');
  });

  it('a passport field from a newer catalogue is kept as received, without a warning', async () => {
    const fixture = schoolReport({ years: ['2025/2026'], newestValues: { studentsTotal: '120', studentsAttendingCircles2030: '45' } }, 2);
    const read = await roundTrip(signed('school-report', fixture));
    const passport = read.kind === 'school-report' ? read.payload.documents.find((document) => document.kind === 'passport') : undefined;
    expect(passport?.kind === 'passport' && passport.data.values.studentsAttendingCircles2030).toBe('45');
  });

  it('a report with only the profile', async () => {
    await roundTrip(signed('school-report', schoolReport({ years: [] }, 12)));
  });

  it('a curator response whose protocol spans several hidden cells', async () => {
    const read = await roundTrip(signed('curator-response', curatorResponse(longText(49_999))));
    expect(read.manifest.signer.role).toBe('curator');
    expect(packageFileName(read.manifest)).toBe('opora_400123_response_r2.xlsx');
  });

  it('an enrollment', async () => {
    const read = await roundTrip(signed('enrollment', enrollment()));
    expect(read.payload).toEqual({ districtName: 'Медынский район', schoolCode: '400123', curatorName: 'Соколова Анна Викторовна' });
  });

  it('writes a file atomically and reads it back with the same hash', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-exchange-'));
    try {
      const file = path.join(dir, 'out', 'package.xlsx');
      const written = await writePackageFile(file, signed('school-report', schoolReport()));
      const read = await readPackageFile(file);
      expect(read.sha256).toBe(written.sha256);
      expect(read.manifest).toEqual(written.manifest);
      expect(fs.readdirSync(path.dirname(file))).toEqual(['package.xlsx']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the writer refuses what the reader would refuse', () => {
  it('a school code that differs from the profile', async () => {
    const fixture = schoolReport();
    const options = signed('school-report', { ...fixture, manifest: { ...fixture.manifest, schoolCode: '400999' } });
    await expect(writePackage(options)).rejects.toThrow(AppError);
  });

  it('a payload that fails the schema', async () => {
    const fixture = schoolReport();
    const payload = { documents: fixture.payload.documents.filter((document) => document.kind !== 'profile') };
    await expect(writePackage(signed('school-report', { ...fixture, payload }))).rejects.toThrow(/ровно одна карточка ОО/);
  });

  it('a public key that is not the private key’s', async () => {
    const options = { ...signed('school-report', schoolReport()), publicKey: curatorKeys().publicKey };
    await expect(writePackage(options)).rejects.toThrow(/не соответствует/);
  });
});

describe('speed', () => {
  it('writes a report with three passports and reads it back quickly', async () => {
    const options = signed('school-report', schoolReport());
    await readPackage(await writePackage(options), { fileName: 'warm-up.xlsx' });
    const writes: number[] = [];
    const reads: number[] = [];
    for (let run = 0; run < 7; run += 1) {
      let start = performance.now();
      const bytes = await writePackage(options);
      writes.push(performance.now() - start);
      start = performance.now();
      await readPackage(bytes, { fileName: 'speed.xlsx' });
      reads.push(performance.now() - start);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.info(`exchange package: write median ${median(writes).toFixed(0)} ms, read+verify median ${median(reads).toFixed(0)} ms`);
    // Generous bounds: a loaded CI machine must not fail this; the targets are 300 and 100 ms.
    expect(median(writes)).toBeLessThan(1500);
    expect(median(reads)).toBeLessThan(1000);
  });
});
