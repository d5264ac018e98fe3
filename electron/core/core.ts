/**
 * The core: one implementation of the contract, shared by the Electron shell (IPC), browser
 * mode (loopback host) and the command line. `invoke` validates the input against the contract
 * whatever the transport, runs the handler, and always answers with an ApiReply.
 * When the database cannot be opened (newer than the app, damaged), the core still starts and
 * answers `app.status` with the problem, so every shell can show a recovery screen.
 */
import { openDatabase } from '../../db/open';
import type { ContractHandlers } from './handlers';
import { createHandlers } from './handlers';
import { AppError, type ApiReply, type ApiErrorShape } from '../../shared/api/errors';
import type { AppStatus } from '../../shared/api/schemas';
import { parseMethodInput } from '../../shared/api/validate';
import { repositories, type CoreContext } from './context';
import { dataPaths } from './data-dir';
import { toApiError } from './errors';
import { UserFileKeyStore, type KeyStore } from './key-store';
import { createLocalOperations, type LocalOperations } from './local-operations';

export interface CoreOptions {
  dataDir: string;
  migrationsFolder: string;
  appVersion: string;
  keyStore?: KeyStore;
  now?: () => Date;
}

export interface Core {
  invoke(method: unknown, input: unknown): Promise<ApiReply>;
  /** The problem that keeps the core from working, or null when it works. */
  problem: ApiErrorShape | null;
  /** Path-taking operations for the command line (not exposed to the UI). */
  local: LocalOperations;
  close(): void;
}

function unavailableCore(options: CoreOptions, problem: ApiErrorShape): Core {
  const status: AppStatus = { state: 'unavailable', appVersion: options.appVersion, dataDir: dataPaths(options.dataDir).root, problem, installation: null };
  const refuse = async (): Promise<never> => {
    throw new AppError(problem.code, problem.message);
  };
  return {
    problem,
    local: { importPath: refuse, exportReport: refuse, respond: refuse, enroll: refuse, backup: refuse },
    async invoke(method) {
      return method === 'app.status' ? { ok: true, value: status } : { ok: false, error: problem };
    },
    close() {},
  };
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const paths = dataPaths(options.dataDir);
  let opened;
  try {
    opened = await openDatabase({ file: paths.database, migrationsFolder: options.migrationsFolder, backupsDir: paths.backups });
  } catch (error) {
    return unavailableCore(options, toApiError(error));
  }
  const context: CoreContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    paths,
    keyStore: options.keyStore ?? new UserFileKeyStore(paths.keys),
    appVersion: options.appVersion,
    now: options.now ?? (() => new Date()),
    ...repositories(opened.db),
  };
  const handlers: ContractHandlers = createHandlers(context);
  return {
    problem: null,
    local: createLocalOperations(context),
    async invoke(method, input) {
      try {
        const parsed = parseMethodInput(method, input);
        const handler = handlers[parsed.method] as (input: unknown) => unknown;
        return { ok: true, value: await handler(parsed.input) };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    },
    close() {
      if (opened.sqlite.open) opened.sqlite.close();
    },
  };
}

/** For callers that prefer exceptions (the command line, tests): unwraps a reply. */
export async function call(core: Core, method: string, input: unknown = {}): Promise<unknown> {
  const reply = await core.invoke(method, input);
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.message);
  return reply.value;
}
