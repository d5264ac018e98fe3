/**
 * The commands of Опора's command line and their dispatch; `main.ts` runs it for the process.
 * Exit codes: 0 done, 1 failure (Russian message on standard error), 2 usage.
 */
import { CommandFailure, describeUsageError, isParseArgsError, processIo, UsageError, type CliIo } from './cli-error';
import { demoUsage, runDemo } from './commands/demo';
import { backupUsage, runBackup } from './commands/backup';
import { enrollUsage, exportUsage, respondUsage, runEnroll, runExport, runRespond } from './commands/export';
import { importUsage, runImport } from './commands/import';
import { initUsage, runInit } from './commands/init';
import { runVerify, verifyUsage } from './commands/verify';

const commands: Record<string, { usage: string; run: (args: string[], io: CliIo) => Promise<void> }> = {
  init: { usage: initUsage, run: runInit },
  demo: { usage: demoUsage, run: runDemo },
  verify: { usage: verifyUsage, run: runVerify },
  export: { usage: exportUsage, run: runExport },
  import: { usage: importUsage, run: runImport },
  respond: { usage: respondUsage, run: runRespond },
  enroll: { usage: enrollUsage, run: runEnroll },
  backup: { usage: backupUsage, run: runBackup },
};

function usage(): string {
  return ['Использование:', ...Object.values(commands).map((command) => `  ${command.usage.replace(/\n/g, '\n  ')}`)].join('\n');
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    if (!name) {
      io.err(`Не указана команда.\n${usage()}`);
      return 2;
    }
    io.out(usage());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Неизвестная команда: ${name}\n${usage()}`);
    return 2;
  }
  try {
    await command.run(args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`Ошибка в команде: ${describeUsageError(error as Error)}\nИспользование:\n  ${command.usage.replace(/\n/g, '\n  ')}`);
      return 2;
    }
    if (error instanceof CommandFailure) {
      io.err(error.message);
      return 1;
    }
    io.err(`Внутренняя ошибка: ${(error as Error).message}`);
    return 1;
  }
}
