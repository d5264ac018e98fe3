/** Shown when the core cannot work with the data: says what is wrong and that nothing was changed. */
export function RecoveryScreen(props: { title: string; message: string; dataDir?: string; onRetry: () => void }) {
  return (
    <main className="centered-page">
      <section className="card recovery" role="alert">
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        {props.dataDir && (
          <p>
            Папка данных: <code>{props.dataDir}</code>. Приложение ничего в ней не меняло. Резервные копии лежат в подпапке{' '}
            <code>backups</code>.
          </p>
        )}
        <button type="button" onClick={props.onRetry}>
          Попробовать снова
        </button>
      </section>
    </main>
  );
}
