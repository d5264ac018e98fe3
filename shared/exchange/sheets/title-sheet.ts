/**
 * The title sheet «Титульный лист»: what the package is, whose, for which period, which
 * revision, when and by which app version it was made, the signer's key fingerprint, and how a
 * person checks that fingerprint. Built from the manifest alone (a pure function).
 */
import type { Manifest, PackageKind } from '../../api/exchange-schemas';
import { cell, textRow, wallClock, type SheetCell, type SheetModel } from '../sheet-model';

export const titleSheetName = 'Титульный лист';

export const packageKindLabels: Record<PackageKind, string> = {
  'school-report': 'Отчёт школы для куратора',
  'curator-response': 'Ответ куратора школе',
  enrollment: 'Приглашение школы от куратора',
};

const signerLabels = { school: 'школа', curator: 'куратор' } as const;

function signatureNote(manifest: Manifest): string {
  const sender = manifest.signer.role === 'school' ? 'школе' : 'куратору';
  return (
    'Данные пакета подписаны электронной подписью «Опоры» и хранятся на скрытом служебном листе. ' +
    'Видимые листы — копия для чтения: исправления в них не загружаются, а при проверке файла ' +
    'показываются как «изменено после подписи». Чтобы убедиться, что файл прислал именно тот, кто указан, ' +
    `позвоните ${sender} и попросите прочитать отпечаток ключа из окна «Опоры»: ` +
    'все 20 цифр должны совпасть с отпечатком на этом листе.'
  );
}

const row = (label: string, value: SheetCell): SheetCell[] => [cell.text(label, 'header'), value];

export function titleSheet(manifest: Manifest, contents: readonly string[]): SheetModel {
  const created = wallClock(manifest.createdAt);
  const rows: SheetCell[][] = [
    textRow('title', 'Пакет обмена «Опоры»'),
    row('Вид пакета', cell.text(packageKindLabels[manifest.kind])),
    row('Школа', cell.text(manifest.schoolName)),
    row('Код ОО', cell.text(manifest.schoolCode)),
    row('Период', cell.text(manifest.period)),
    row('Номер выгрузки (ревизия)', cell.number(manifest.revision, 'integer')),
    row(`Создан (время ${created?.zone ?? 'UTC'})`, created ? cell.date(created.date, 'datetime') : cell.text(manifest.createdAt)),
    row('Программа', cell.text(`${manifest.app.name} ${manifest.app.version}`)),
    row('Подписал', cell.text(signerLabels[manifest.signer.role])),
    row('Отпечаток ключа подписи', cell.text(manifest.signer.fingerprint)),
    row('Содержание', cell.text(contents.join('\n'))),
    row('О подписи', cell.text(signatureNote(manifest))),
  ];
  return { name: titleSheetName, columns: [{ width: 30, wrap: true }, { width: 80, wrap: true }], rows, headerRows: 0, orientation: 'portrait' };
}
