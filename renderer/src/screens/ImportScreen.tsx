/** The curator's import: files or a folder of school packages, progress, one summary, trust decisions. */
import { useState } from 'react';
import { FileDropZone } from '../components/FileDropZone';
import { ImportProgressBar, ImportSummary } from '../components/ImportSummary';
import { TrustDecisions } from '../components/TrustDecisions';
import { usePackageImport } from '../hooks/usePackageImport';
import { ReceivedLog } from './ReceivedLog';

export function ImportScreen() {
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = () => setRefreshKey((key) => key + 1);
  const importer = usePackageImport(refresh);
  return (
    <section>
      <h1>Импорт пакетов школ</h1>
      <p>
        Перетащите сюда файлы пакетов (.xlsx) или папку с ними. Каждый файл проверяется: подпись, целостность, формат. Принятые данные
        становятся текущими данными школы, старые ревизии остаются в истории, отклонённые файлы — в карантине с причиной.
      </p>
      <FileDropZone onFiles={(files) => void importer.run(files)} allowFolder disabled={importer.running} prompt="Перетащите файлы или папку сюда" />
      {importer.progress && <ImportProgressBar progress={importer.progress} />}
      <ImportSummary outcomes={importer.outcomes} />
      <TrustDecisions refreshKey={refreshKey} onDecided={refresh} />
      <ReceivedLog refreshKey={refreshKey} />
    </section>
  );
}
