/**
 * How the command line ends: 0 when done, 1 when the work failed (a Russian message on standard
 * error), 2 when the command itself was written wrong (usage).
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export class CommandFailure extends Error {
  override name = 'CommandFailure';
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function isParseArgsError(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}

/** node:util parseArgs speaks English; people reading our errors read Russian. */
export function describeUsageError(error: Error): string {
  if (!isParseArgsError(error)) return error.message;
  const subject = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch ((error as Error & { code: string }).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `неизвестный параметр ${subject}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `параметру ${subject.split(' ')[0]} нужно значение`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `лишний аргумент ${subject}`;
    default:
      return error.message;
  }
}
