/**
 * Signed packages of a synthetic district: N different demo schools, each with its own key.
 * Everything is derived from the seed — data, keys (Ed25519 private keys from a SHA-256 of the
 * seed) and timestamps — so the same seed gives the same schools, keys and payloads.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ExchangeDocument } from '../../../shared/api/exchange-schemas';
import { describePeriod, packageFileName, writePackageFile } from '../exchange';
import { publicKeyOf } from '../signing';
import { districts } from './names';
import { generateDemoSchool, type DemoSchool } from './demo-school';

const pkcs8Ed25519Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

export function demoSigningKey(seed: number, index: number): { privateKeyPkcs8: Buffer; publicKey: string } {
  const secret = createHash('sha256').update(`opora-demo-key:${seed}:${index}`).digest();
  const privateKeyPkcs8 = Buffer.concat([pkcs8Ed25519Prefix, secret]);
  return { privateKeyPkcs8, publicKey: publicKeyOf(privateKeyPkcs8) };
}

export function demoDocuments(school: DemoSchool): ExchangeDocument[] {
  const passports = school.passports.map((passport, index): ExchangeDocument => ({
    kind: 'passport',
    year: passport.year,
    updatedAt: `${2024 + index}-05-${String(20 + index).padStart(2, '0')}T09:30:00.000Z`,
    data: { values: passport.values },
  }));
  return [{ kind: 'profile', year: '', updatedAt: '2023-09-01T08:00:00.000Z', data: school.profile }, ...passports];
}

export async function writeDemoDistrict(outDir: string, schools: number, seed: number, onFile?: (file: string) => void): Promise<string[]> {
  const municipality = districts[Math.abs(seed) % districts.length]!;
  const files: string[] = [];
  for (let index = 0; index < schools; index += 1) {
    const school = generateDemoSchool(seed, index, municipality);
    const documents = demoDocuments(school);
    const key = demoSigningKey(seed, index);
    const manifest = {
      appVersion: 'demo',
      createdAt: '2026-06-15T10:00:00+03:00',
      schoolCode: school.profile.code,
      schoolName: school.profile.shortName,
      period: describePeriod(school.passports.map((passport) => passport.year)),
      revision: 1,
    };
    const file = path.join(outDir, packageFileName({ kind: 'school-report', ...manifest }));
    await writePackageFile(file, { kind: 'school-report', manifest, payload: { documents }, ...key });
    files.push(file);
    onFile?.(file);
  }
  return files;
}
