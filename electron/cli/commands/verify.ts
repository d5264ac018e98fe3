/**
 * `opora verify FILE [--json]`: checks a received package without importing it — the zip
 * bounds, the signature, the schema, the school code — and lists what a person should know
 * (cells edited after signing). Exit 0 when the package is valid, 1 when it is not.
 * It needs no data folder: verification depends on the file alone, not on whom we trust.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageKindLabels } from '../../../shared/exchange/sheets/title-sheet';
import { wallClock } from '../../../shared/exchange/sheet-model';
import { PackageRejected, readPackageFile, type VerifiedPackage } from '../../core/exchange/index';
import { CommandFailure, UsageError, type CliIo } from '../cli-error';

export const verifyUsage = 'opora verify FILE [--json]';

interface VerifyReport {
  valid: boolean;
  kind: string | null;
  schoolCode: string | null;
  revision: number | null;
  fingerprint: string | null;
  problems: { code: string; message: string }[];
}

function reportOf(result: VerifiedPackage | PackageRejected): VerifyReport {
  if (result instanceof PackageRejected) {
    return { valid: false, kind: null, schoolCode: null, revision: null, fingerprint: null, problems: [{ code: result.code, message: result.message }] };
  }
  return {
    valid: true,
    kind: result.kind,
    schoolCode: result.manifest.schoolCode,
    revision: result.manifest.revision,
    fingerprint: result.fingerprint,
    problems: result.warnings.map((warning) => ({ code: warning.code, message: warning.message })),
  };
}

function describeCreated(iso: string): string {
  const clock = wallClock(iso);
  if (!clock) return iso;
  const [date, time] = clock.date.toISOString().slice(0, 19).split('T') as [string, string];
  return `${date.split('-').reverse().join('.')} ${time} (${clock.zone})`;
}

function summary(result: VerifiedPackage): string[] {
  const { manifest } = result;
  const lines = [
    `Пакет действителен: ${packageKindLabels[result.kind]}`,
    `Школа: ${manifest.schoolName || '—'} (код ${manifest.schoolCode})`,
    `Период: ${manifest.period || '—'}; выгрузка № ${manifest.revision}; создан ${describeCreated(manifest.createdAt)} в «${manifest.app.name}» ${manifest.app.version}`,
    `Подписал: ${manifest.signer.role === 'school' ? 'школа' : 'куратор'}, отпечаток ключа ${result.fingerprint}`,
    'Сверьте отпечаток с отправителем по телефону: доверять ли ключу, решает человек, а не эта проверка.',
  ];
  if (result.warnings.length > 0) lines.push('Предупреждения:', ...result.warnings.map((warning) => `  – ${warning.message}`));
  return lines;
}

export async function runVerify(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new UsageError('Не указан файл пакета');
  if (positionals.length > 1) throw new UsageError(`лишний аргумент ${positionals[1]}`);
  const file = path.resolve(positionals[0]!);
  const result = await readPackageFile(file).catch((error: unknown) => {
    if (error instanceof PackageRejected) return error;
    throw error;
  });
  if (values.json) io.out(JSON.stringify(reportOf(result)));
  else if (!(result instanceof PackageRejected)) for (const line of summary(result)) io.out(line);
  if (result instanceof PackageRejected) throw new CommandFailure(result.message);
}
