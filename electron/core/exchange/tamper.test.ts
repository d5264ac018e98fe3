import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ManifestDraft, PackageKind } from '../../../shared/api/exchange-schemas';
import { curatorKeys, curatorResponse, schoolKeys, schoolReport } from '../../../test/fixtures/exchange-packages';
import { editWorkbook } from '../../../test/fixtures/hostile-zip';
import { dataSheetName } from './data-sheet';
import { PackageRejected, readPackage, writePackage, type RejectionCode } from './index';
import { canonicalJson, sealedManifest, sha256Hex, signPackage, toCellJson } from './signed-data';
import { renderPackage } from './write-package';

const read = (bytes: Uint8Array) => readPackage(bytes, { fileName: 'пакет.xlsx' });

async function expectRejected(bytes: Uint8Array, code: RejectionCode, reason?: RegExp) {
  const error = await read(bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PackageRejected);
  expect((error as PackageRejected).code).toBe(code);
  if (reason) expect((error as PackageRejected).reason).toMatch(reason);
}

const report = () => {
  const keys = schoolKeys();
  return writePackage({ kind: 'school-report', ...schoolReport(), privateKeyPkcs8: keys.privateKeyPkcs8, publicKey: keys.publicKey });
};

/** A package signed correctly over data the writer would refuse: only a forger makes these. */
async function sealedByHand(kind: PackageKind, draft: ManifestDraft, payload: unknown) {
  const keys = kind === 'school-report' ? schoolKeys() : curatorKeys();
  const manifest = sealedManifest(kind, draft, payload, keys.publicKey);
  return renderPackage(manifest, payload, signPackage(manifest, payload, keys.privateKeyPkcs8), false);
}

const dataSheet = (workbook: ExcelJS.Workbook) => workbook.getWorksheet(dataSheetName)!;
const payloadText = (workbook: ExcelJS.Workbook) => dataSheet(workbook).getCell('B6').value as string;

describe('the signed data', () => {
  it('a changed byte in the payload is refused (hash)', async () => {
    const edited = await editWorkbook(await report(), (workbook) => {
      dataSheet(workbook).getCell('B6').value = payloadText(workbook).replace('"studentsTotal":"148"', '"studentsTotal":"149"');
    });
    await expectRejected(edited, 'hash-mismatch', /контрольная сумма/);
  });

  it('a changed payload with a recomputed hash is refused (signature)', async () => {
    const edited = await editWorkbook(await report(), (workbook) => {
      const payload = JSON.parse(payloadText(workbook)) as { documents: { data: { values?: Record<string, string> } }[] };
      payload.documents[1]!.data.values!.studentsTotal = '149';
      const manifest = JSON.parse(dataSheet(workbook).getCell('B3').value as string) as Record<string, unknown>;
      const canonical = canonicalJson(payload);
      manifest.payloadSha256 = sha256Hex(canonical);
      manifest.payloadLength = Buffer.byteLength(canonical);
      dataSheet(workbook).getCell('B3').value = toCellJson(canonicalJson(manifest));
      dataSheet(workbook).getCell('B6').value = toCellJson(canonical);
    });
    await expectRejected(edited, 'bad-signature', /подпись недействительна/);
  });

  it('a signature of another key is refused', async () => {
    const other = await sealedByHand('curator-response', curatorResponse().manifest, curatorResponse().payload);
    let signature = '';
    await editWorkbook(other, (workbook) => (signature = dataSheet(workbook).getCell('B4').value as string));
    const edited = await editWorkbook(await report(), (workbook) => (dataSheet(workbook).getCell('B4').value = signature));
    await expectRejected(edited, 'bad-signature');
  });

  it('a fingerprint that is not the key’s is refused', async () => {
    const edited = await editWorkbook(await report(), (workbook) => {
      const cell = dataSheet(workbook).getCell('B3');
      cell.value = (cell.value as string).replace(/"fingerprint":"[\d-]+"/, '"fingerprint":"0000-0000-0000-0000-0000"');
    });
    await expectRejected(edited, 'bad-signature', /отпечаток/);
  });

  it('a future format version is refused as such', async () => {
    const edited = await editWorkbook(await report(), (workbook) => (dataSheet(workbook).getCell('B2').value = 2));
    await expectRejected(edited, 'future-format', /формат 2.*обновите программу/);
  });

  it('a manifest that is not one', async () => {
    const edited = await editWorkbook(await report(), (workbook) => (dataSheet(workbook).getCell('B3').value = '{"format":1,"kind":"school-report"}'));
    await expectRejected(edited, 'bad-manifest', /манифест/);
  });

  it('missing payload cells', async () => {
    const edited = await editWorkbook(await report(), (workbook) => (dataSheet(workbook).getCell('B5').value = 3));
    await expectRejected(edited, 'hash-mismatch');
  });
});

describe('signed data that break the rules', () => {
  it('a payload failing the schema (a malformed passport field id)', async () => {
    const { manifest, payload } = schoolReport();
    const passport = payload.documents[1]!;
    const bad = { documents: [payload.documents[0], { ...passport, data: { values: { 'hacked field!': '1' } } }] };
    await expectRejected(await sealedByHand('school-report', manifest, bad), 'schema', /Неверный ключ.*hacked field!/);
  });

  it('a report without a profile', async () => {
    const { manifest, payload } = schoolReport();
    await expectRejected(await sealedByHand('school-report', manifest, { documents: payload.documents.slice(1) }), 'schema', /карточка ОО/);
  });

  it('a manifest school code that disagrees with the profile', async () => {
    const { manifest, payload } = schoolReport();
    await expectRejected(await sealedByHand('school-report', { ...manifest, schoolCode: '400124' }, payload), 'school-code-mismatch', /400124.*400123/);
  });

  it('a response addressed to another school than its manifest says', async () => {
    const { manifest, payload } = curatorResponse();
    await expectRejected(await sealedByHand('curator-response', manifest, { ...payload, schoolCode: '999' }), 'school-code-mismatch');
  });

  it('documents of a kind this version does not know are set aside with a warning', async () => {
    const { manifest, payload } = schoolReport();
    const future = { kind: 'results', year: '2025/2026', updatedAt: '2026-03-01T00:00:00Z', data: { rows: [] } };
    const result = await read(await sealedByHand('school-report', manifest, { documents: [...payload.documents, future] }));
    expect(result.payload).toEqual(payload);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'unknown-document', message: expect.stringMatching(/results 2025\/2026/) })]);
  });
});
