/** The installation's signing key: its fingerprint to read over the phone, and what protects it. */
import type { Installation } from '../../../shared/api/schemas';

const dateFormat = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short' });

export function KeyScreen({ installation, dataDir }: { installation: Installation; dataDir: string }) {
  const protectedBy = installation.keyProtection.kind === 'os-keychain' ? 'Системное хранилище ключей (safeStorage)' : 'Файл, доступный только вашей учётной записи';
  return (
    <section>
      <h1>Ключ подписи</h1>
      <p>
        Каждый пакет, который отправляет эта копия, подписан её ключом. Получатель сверяет отпечаток ключа — например, по телефону — и
        после этого доверяет пакетам этой копии.
      </p>
      <dl className="key-facts">
        <dt>Отпечаток ключа</dt>
        <dd className="fingerprint" data-testid="fingerprint">
          {installation.fingerprint}
        </dd>
        <dt>Защита закрытого ключа</dt>
        <dd data-testid="key-protection">
          <strong>{protectedBy}.</strong> {installation.keyProtection.description}
        </dd>
        <dt>Ключ создан</dt>
        <dd>{dateFormat.format(new Date(installation.createdAt))}</dd>
        <dt>Папка данных</dt>
        <dd>
          <code>{dataDir}</code>
        </dd>
      </dl>
    </section>
  );
}
