/**
 * Starts Опора in browser mode as a person would (the host process with a data folder) and
 * waits for the URL it prints. Each test gets its own data folder and port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function tempDataDir(prefix = 'opora-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startApp(dataDir: string = tempDataDir()): Promise<RunningApp> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: path.resolve(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`Хост не напечатал адрес за 30 с: ${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`Хост завершился с кодом ${code}: ${stderr}`)));
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
