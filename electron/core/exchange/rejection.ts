/**
 * Why a package is refused. Every refusal is a PackageRejected with a stable code for programs
 * (the import service quarantines by it) and a Russian message for people that names the file
 * and the reason. Codes and messages are listed in docs/exchange-format.md.
 */
export const rejectionCodes = [
  'unreadable',
  'too-large',
  'not-zip',
  'truncated',
  'zip-bomb',
  'corrupt',
  'not-workbook',
  'no-marker',
  'future-format',
  'bad-manifest',
  'hash-mismatch',
  'bad-signature',
  'schema',
  'school-code-mismatch',
] as const;

export type RejectionCode = (typeof rejectionCodes)[number];

export class PackageRejected extends Error {
  override name = 'PackageRejected';

  constructor(
    readonly code: RejectionCode,
    readonly fileName: string,
    /** The reason alone, without the file name (for tables of rejected files). */
    readonly reason: string,
  ) {
    super(`Файл «${fileName}» не принят: ${reason}`);
  }
}

/** A finding about a valid package: the signed data are used, but a person should know. */
export interface PackageWarning {
  code: 'edited-after-signing' | 'unknown-document';
  message: string;
  cells?: EditedCell[];
}

export interface EditedCell {
  sheet: string;
  /** A1-style address, e.g. C7. */
  address: string;
  /** What the signed data say and what the file shows, as text. */
  expected: string;
  actual: string;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} МБ`;

/** Reasons worded once, so that tests and the format document quote the same text. */
export const reasons = {
  unreadable: (detail: string) => `не удалось прочитать файл (${detail})`,
  tooLarge: (size: number, limit: number) => `размер ${megabytes(size)} больше допустимого (${megabytes(limit)}); пакет «Опоры» много меньше`,
  empty: () => 'файл пустой',
  notZip: () => 'это не файл Excel (.xlsx): содержимое не похоже на книгу Excel',
  legacyOffice: () => 'это файл старого формата Excel (.xls) или книга, защищённая паролем; пакеты «Опоры» — только .xlsx без пароля',
  truncated: () => 'файл обрезан или повреждён при передаче; попросите отправить его ещё раз',
  tooManyEntries: (count: number, limit: number) => `в архиве ${count} частей (допустимо не более ${limit}): файл опасен и не открыт`,
  tooBigUnpacked: (limit: number) => `архив распаковывается больше чем в ${megabytes(limit)}: файл опасен и не открыт`,
  absurdRatio: (entry: string) => `часть архива «${entry}» сжата неправдоподобно сильно (признак «zip-бомбы»): файл опасен и не открыт`,
  lyingSize: (entry: string) => `размер части архива «${entry}» не совпадает с заявленным (признак «zip-бомбы»): файл опасен и не открыт`,
  corrupt: (detail: string) => `файл повреждён (${detail}); попросите отправить его ещё раз`,
  notWorkbook: (what: string) => `это не книга Excel, а ${what}`,
  unreadableWorkbook: () => 'книга Excel не читается: файл повреждён',
  noMarker: () => 'это книга Excel, но не пакет «Опоры»: в ней нет служебного листа с подписанными данными',
  futureFormat: (format: number, supported: number) =>
    `пакет создан более новой версией «Опоры» (формат ${format}, эта версия читает формат не новее ${supported}); обновите программу`,
  badManifest: (detail: string) => `служебные данные пакета повреждены: ${detail}`,
  hashMismatch: () => 'подписанные данные изменены или повреждены: контрольная сумма не совпадает с записанной при подписи',
  badFingerprint: () => 'отпечаток ключа в пакете не соответствует ключу подписи: пакет подделан',
  badSignature: () => 'подпись недействительна: данные изменены после подписи или подписаны другим ключом',
  schema: (detail: string) => `данные пакета не соответствуют формату: ${detail}`,
  schoolCodeMismatch: (manifestCode: string, payloadCode: string | null, where: string) =>
    `код школы в пакете (${manifestCode}) не совпадает с кодом ${where} (${payloadCode ?? 'не указан'})`,
};
