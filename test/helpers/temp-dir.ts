/**
 * Every test works in its own folder under the OS temp dir, so tests run in parallel without
 * sharing files. Folders made through `tempDirs()` are removed after each test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export function makeTempDir(prefix = 'opora-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Call once per test file; the returned function makes a fresh folder cleaned after each test. */
export function tempDirs(prefix?: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = makeTempDir(prefix);
    made.push(dir);
    return dir;
  };
}
