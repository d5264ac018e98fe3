/**
 * Entry of the Electron main process (bundled by electron-vite to out/main/index.js).
 * Everything else lives in lifecycle.ts so that it can be tested without launching Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './lifecycle';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

void startApp({ argv: process.argv, outDir });
