/**
 * Builds the desktop app into out/: main (ESM, Node target), preload and renderer.
 * The preload is CommonJS on purpose: a sandboxed preload cannot be an ES module, and the
 * package is "type": "module", so the file is named index.cjs for Node to read it as CommonJS.
 * Main externalizes the package's runtime dependencies (better-sqlite3 above all: its .node file
 * must load from node_modules, unpacked from the asar); electron-builder ships them. The preload
 * bundles everything, since a sandboxed preload may require nothing but electron.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: path.join(root, 'out', 'main'),
      externalizeDeps: true,
      lib: { entry: { index: path.join(root, 'electron', 'main', 'index.ts') }, formats: ['es'] },
    },
  },
  preload: {
    build: {
      outDir: path.join(root, 'out', 'preload'),
      externalizeDeps: false,
      lib: { entry: { index: path.join(root, 'electron', 'preload', 'index.ts') }, formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: path.join(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: path.join(root, 'out', 'renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: path.join(root, 'renderer', 'index.html') },
    },
  },
});
