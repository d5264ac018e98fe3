/**
 * Applies a verified, trusted package to this copy's data. Invariants (architecture.md, data
 * safety): a school's snapshot is replaced only by a newer signed revision — an older one, or
 * the same revision with other content, is kept in history and not made current; the same
 * revision again changes nothing. Revisions count per signing key: a school set up again on a
 * new computer starts at 1, so once its new key is trusted (the key change was confirmed, the
 * old key replaced) its report replaces a snapshot signed by the old key whatever the numbers.
 * Runs inside the caller's transaction.
 */
import { documentKinds, type CuratorResponsePayload } from '../../shared/api/exchange-schemas';
import type { ImportStatus } from '../../shared/api/exchange-api';
import type { SchoolProfile } from '../../shared/domain/school-profile';
import { nowIso, type CoreContext } from './context';
import type { VerifiedPackage } from './exchange';
import { canonicalJson } from './exchange/signed-data';

export interface Applied {
  status: Extract<ImportStatus, 'imported' | 'unchanged' | 'older'>;
  reason: string;
}

type Verified<K extends VerifiedPackage['kind']> = Extract<VerifiedPackage, { kind: K }>;

export function applySchoolReport(context: CoreContext, verified: Verified<'school-report'>, packageId: number): Applied {
  const { manifest, payload } = verified;
  const snapshot = context.exchange.snapshot(manifest.schoolCode);
  const current = snapshot?.fingerprint === verified.fingerprint ? snapshot : null;
  if (current && manifest.revision < current.revision) {
    return { status: 'older', reason: `ревизия ${manifest.revision} старше текущей (${current.revision}): сохранена в истории, текущей не стала` };
  }
  if (current && manifest.revision === current.revision) {
    return current.payloadSha256 === manifest.payloadSha256
      ? { status: 'unchanged', reason: `ревизия ${manifest.revision} уже загружена` }
      : { status: 'older', reason: `ревизия ${manifest.revision} уже загружена с другим содержимым: сохранена в истории, текущей оставлена прежняя` };
  }
  const profile = payload.documents.find((document) => document.kind === 'profile')?.data as SchoolProfile;
  context.documents.deleteKinds(manifest.schoolCode, documentKinds);
  for (const document of payload.documents) {
    context.documents.put({ schoolCode: manifest.schoolCode, kind: document.kind, year: document.year }, document.data, document.updatedAt);
  }
  context.exchange.putSnapshot({
    schoolCode: manifest.schoolCode,
    revision: manifest.revision,
    packageId,
    payloadSha256: manifest.payloadSha256,
    schoolName: profile.shortName || profile.fullName,
    municipality: profile.municipality,
    fingerprint: verified.fingerprint,
    importedAt: nowIso(context),
  });
  const reason = current
    ? `ревизия ${manifest.revision} заменила ${current.revision}`
    : snapshot
      ? `ревизия ${manifest.revision}, подписанная новым ключом школы, заменила ревизию ${snapshot.revision}, подписанную прежним`
      : `новая школа, ревизия ${manifest.revision}`;
  return { status: 'imported', reason };
}

/** How a received curator response is kept in a school's copy (documents, kind 'curator-response'). */
export interface StoredResponse {
  revision: number;
  receivedAt: string;
  districtName: string;
  fingerprint: string;
  response: CuratorResponsePayload;
}

export const responseKey = (schoolCode: string, revision: number) => ({ schoolCode, kind: 'curator-response', year: String(revision).padStart(8, '0') });

/**
 * A response is the same as one already kept when its number, key and content are: a district
 * answering from a new computer numbers its answers from 1 again, and a kept answer with that
 * number must not swallow the new one — it is kept beside it, under a key naming its content.
 */
export function applyCuratorResponse(context: CoreContext, verified: Verified<'curator-response'>): Applied {
  const { manifest, payload } = verified;
  const first = responseKey(manifest.schoolCode, manifest.revision);
  const keys = [first, { ...first, year: `${first.year}-${manifest.payloadSha256.slice(0, 16)}` }];
  const same = (stored: StoredResponse) => stored.fingerprint === verified.fingerprint && canonicalJson(stored.response) === canonicalJson(payload);
  const kept = keys.map((key) => context.documents.get(key)?.data as StoredResponse | undefined);
  if (kept.some((stored) => stored && same(stored))) return { status: 'unchanged', reason: `ответ № ${manifest.revision} уже получен` };
  const key = kept[0] ? keys[1]! : first;
  const stored: StoredResponse = { revision: manifest.revision, receivedAt: nowIso(context), districtName: payload.curator.districtName, fingerprint: verified.fingerprint, response: payload };
  context.documents.put(key, stored, stored.receivedAt);
  return { status: 'imported', reason: `ответ куратора № ${manifest.revision} на выгрузку № ${payload.respondsTo.revision}` };
}

export function applyEnrollment(verified: Verified<'enrollment'>): Applied {
  return { status: 'imported', reason: `ключ района «${verified.payload.districtName}» принят из файла подключения` };
}
