import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schoolKeys, schoolReport } from '../../../test/fixtures/exchange-packages';
import { buildZip, fakeDocx, plainWorkbook, zeros } from '../../../test/fixtures/hostile-zip';
import { PackageRejected, readPackage, readPackageFile, writePackage, type RejectionCode } from './index';

const mebibyte = 1024 * 1024;

async function rejection(bytes: Uint8Array, limits = {}): Promise<PackageRejected> {
  try {
    await readPackage(bytes, { fileName: 'отчёт.xlsx', limits });
  } catch (error) {
    expect(error).toBeInstanceOf(PackageRejected);
    return error as PackageRejected;
  }
  throw new Error('the package was accepted');
}

async function expectRejected(bytes: Uint8Array, code: RejectionCode, message?: RegExp, limits = {}) {
  const error = await rejection(bytes, limits);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/^Файл «отчёт\.xlsx» не принят: /);
  if (message) expect(error.reason).toMatch(message);
}

const validPackage = () => {
  const keys = schoolKeys();
  return writePackage({ kind: 'school-report', ...schoolReport(), privateKeyPkcs8: keys.privateKeyPkcs8, publicKey: keys.publicKey });
};

describe('files that are not packages at all', () => {
  it('an empty file', () => expectRejected(Buffer.alloc(0), 'not-zip', /пустой/));
  it('a text file', () => expectRejected(Buffer.from('Добрый день! Отчёт во вложении.'), 'not-zip', /не файл Excel/));
  it('random bytes', () => expectRejected(randomBytes(64 * 1024), 'not-zip'));
  it('an old .xls or a password-protected workbook', () =>
    expectRejected(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4096)]), 'not-zip', /\.xls/));
  it('a renamed .docx', () => expectRejected(fakeDocx(), 'not-workbook', /документ Word/));
  it('a zip of other files', () => expectRejected(buildZip([{ name: 'photo.jpg', data: randomBytes(2000) }]), 'not-workbook', /архив ZIP/));
  it('a workbook without the marker', async () => expectRejected(await plainWorkbook(), 'no-marker', /не пакет «Опоры»/));
});

describe('size limits hold before anything is unpacked', () => {
  it('a file larger than 20 MB', async () => {
    const big = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(21 * mebibyte)]);
    await expectRejected(big, 'too-large', /больше допустимого \(20 МБ\)/);
  });

  it('a file on disk larger than the limit is refused without being read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-exchange-'));
    try {
      const file = path.join(dir, 'огромный.xlsx');
      fs.writeFileSync(file, '');
      fs.truncateSync(file, 500 * mebibyte); // sparse: costs no disk space
      await expect(readPackageFile(file)).rejects.toMatchObject({ code: 'too-large', fileName: 'огромный.xlsx' });
      await expect(readPackageFile(path.join(dir, 'нет.xlsx'))).rejects.toMatchObject({ code: 'unreadable' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an entry declaring more than 200 MB unpacked', async () => {
    const bomb = buildZip([{ name: 'xl/workbook.xml', data: zeros(mebibyte), deflate: true, declaredSize: 250 * mebibyte }]);
    await expectRejected(bomb, 'zip-bomb', /zip-бомбы|распаковывается/);
  });

  it('entries whose declared sizes add up past the limit', async () => {
    const entries = [1, 2, 3].map((n) => ({ name: `xl/part${n}.bin`, data: randomBytes(400 * 1024), deflate: true }));
    await expectRejected(buildZip(entries), 'zip-bomb', /больше чем в 1 МБ/, { maxUnpackedBytes: mebibyte });
  });

  it('an honest entry compressed at an absurd ratio', async () => {
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros(8 * mebibyte), deflate: true }]);
    await expectRejected(bomb, 'zip-bomb', /сжата неправдоподобно сильно/);
  });

  it('an entry that inflates to more than its header says', async () => {
    const liar = buildZip([{ name: 'xl/workbook.xml', data: zeros(4 * mebibyte), deflate: true, declaredSize: 10_000 }]);
    await expectRejected(liar, 'zip-bomb', /не совпадает с заявленным/);
  });

  it('more than 2000 entries', async () => {
    const entries = Array.from({ length: 2001 }, (_, n) => ({ name: `xl/media/${n}.txt`, data: Buffer.from('x') }));
    await expectRejected(buildZip(entries), 'zip-bomb', /2001 частей/);
  });
});

describe('damaged files', () => {
  it('a package cut in half', async () => {
    const bytes = await validPackage();
    await expectRejected(bytes.subarray(0, Math.floor(bytes.length / 2)), 'truncated', /обрезан/);
  });

  it('a package missing its last bytes', async () => {
    const bytes = await validPackage();
    await expectRejected(bytes.subarray(0, bytes.length - 7), 'truncated');
  });

  it('an entry whose CRC does not match', async () => {
    const zip = buildZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    const first = 30 + 'xl/workbook.xml'.length; // the first stored byte
    zip.writeUInt8(zip.readUInt8(first) ^ 0xff, first);
    await expectRejected(zip, 'corrupt', /контрольная сумма/);
  });

  it('two entries with one name', async () => {
    const twice = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<a/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<b/>') },
    ]);
    await expectRejected(twice, 'corrupt', /повторяется/);
  });
});
