/**
 * Keys waiting for a person's decision. An unknown key is accepted after reading its
 * fingerprint (for example over the phone); a changed key of a known school or district is a
 * loud warning that needs an explicit confirmation.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ImportOutcome, PendingTrust } from '../../../shared/api/exchange-api';
import { invoke, messageOf } from '../api/client';

function PendingKey({ item, onDecided }: { item: PendingTrust; onDecided: (outcome: ImportOutcome) => void }) {
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const keyChange = item.previousFingerprint !== null;
  const who = item.role === 'school' ? `Школа «${item.label}» (код ${item.schoolCode})` : `Куратор: ${item.label}`;
  const decide = async (decision: 'accept' | 'refuse') => {
    try {
      onDecided(await invoke('trust.decide', { packageId: item.packageId, decision }));
    } catch (error) {
      setFailure(messageOf(error));
    }
  };
  return (
    <li className={`card trust-item${keyChange ? ' key-change' : ''}`} data-testid="trust-item">
      {keyChange && (
        <p className="loud-warning" role="alert">
          Внимание: ключ подписи сменился. Прежний отпечаток {item.previousFingerprint}. Так бывает, когда школа переустановила
          программу или сменила компьютер, — но так же выглядит и подделка. Позвоните и сверьте новый отпечаток.
        </p>
      )}
      <p>
        <strong>{who}</strong> — файл «{item.fileName}»
      </p>
      <p>
        Отпечаток ключа: <span className="fingerprint">{item.fingerprint}</span>
      </p>
      {keyChange && (
        <label className="checkbox">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} /> Я сверил(а) новый отпечаток и
          подтверждаю смену ключа
        </label>
      )}
      {failure && <p className="message-error">{failure}</p>}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={() => void decide('refuse')}>
          Отклонить ключ
        </button>
        <button type="button" disabled={keyChange && !confirmed} onClick={() => void decide('accept')}>
          {keyChange ? 'Подтвердить смену ключа' : 'Доверять ключу'}
        </button>
      </div>
    </li>
  );
}

export function TrustDecisions({ refreshKey, onDecided }: { refreshKey: number; onDecided: (outcome: ImportOutcome) => void }) {
  const [pending, setPending] = useState<PendingTrust[]>([]);
  const load = useCallback(() => {
    invoke('trust.pending', {}).then(setPending, () => setPending([]));
  }, []);
  useEffect(load, [load, refreshKey]);
  if (pending.length === 0) return null;
  return (
    <section aria-label="Решения о доверии">
      <h2>Ждут решения о доверии ключу</h2>
      <ul className="trust-list">
        {pending.map((item) => (
          <PendingKey
            key={item.packageId}
            item={item}
            onDecided={(outcome) => {
              load();
              onDecided(outcome);
            }}
          />
        ))}
      </ul>
    </section>
  );
}
