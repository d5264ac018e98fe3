/**
 * Imports packages one file at a time, so a folder of hundreds of files shows progress and
 * never travels as one huge request; collects one outcome per file for the summary.
 */
import { useCallback, useState } from 'react';
import type { ImportOutcome } from '../../../shared/api/exchange-api';
import { invoke, messageOf } from '../api/client';
import { bytesToBase64 } from '../api/files';

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

export function usePackageImport(onFinished?: () => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);

  const run = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const results: ImportOutcome[] = [];
      for (const [index, file] of files.entries()) {
        setProgress({ done: index, total: files.length, current: file.name });
        try {
          results.push(await invoke('exchange.importPackage', { fileName: file.name, contentBase64: bytesToBase64(await file.arrayBuffer()) }));
        } catch (error) {
          results.push({ file: file.name, status: 'rejected', reason: messageOf(error), packageId: null, kind: null, schoolCode: null, schoolName: null, revision: null, fingerprint: null, warnings: [], trust: null });
        }
        setOutcomes([...results]);
      }
      setProgress(null);
      onFinished?.();
    },
    [onFinished],
  );

  return { run, progress, outcomes, running: progress !== null };
}
