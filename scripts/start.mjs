/**
 * `npm start` and `npm run start:browser`: starts Опора on this machine.
 *
 *   npm start [-- --data-dir DIR] [--port N]   the desktop app; browser mode when Electron is absent
 *   npm run start:browser -- [--data-dir DIR] [--port N]   browser mode (the loopback host)
 *
 * Standard output is reserved for what a caller may parse (browser mode prints exactly one line,
 * the URL with its access token), so every notice and all build output go to standard error.
 * Plain Node ESM with no dependencies: it must run before anything is built.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const childStdoutToStderr = ['ignore', 2, 2];

const say = (line) => process.stderr.write(`${line}\n`);

/** The Electron executable, as node_modules/electron/index.js would find it, or null. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, name || 'electron') : name && path.join(electronDir, 'dist', name);
  return binary && fs.existsSync(binary) ? binary : null;
}

/** One attempt to fetch the binary (Electron downloads it on first use); returns why it failed. */
function installElectron() {
  const installer = path.join(electronDir, 'install.js');
  if (!fs.existsSync(installer)) return 'пакет electron не установлен';
  say('Загружаю Electron…');
  const result = spawnSync(process.execPath, [installer], { cwd: electronDir, encoding: 'utf8', timeout: 300_000 });
  if (result.status === 0) return null;
  const reason = `${result.stderr ?? ''}\n${result.error?.message ?? ''}`.split('\n').map((line) => line.trim()).find(Boolean);
  return `загрузка не удалась: ${reason ? reason.slice(0, 200) : `код выхода ${result.status}`}`;
}

function runTool(script, toolArgs, what) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', script), ...toolArgs], { cwd: root, stdio: childStdoutToStderr });
  if (result.status !== 0) {
    say(`Не удалось ${what} (код выхода ${result.status ?? result.signal}). Подробности — выше.`);
    process.exit(1);
  }
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function rendererIsStale() {
  const built = path.join(root, 'dist', 'renderer', 'index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return ['renderer', 'shared'].some((dir) => newestMtime(path.join(root, dir)) > builtAt);
}

/** Runs the child to the end: forwards Ctrl+C and SIGTERM, exits with the child's code. */
function supervise(child) {
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    say(`Не удалось запустить: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
  // npm's `sh -c` does not pass SIGTERM on: when a test runner or CI kills `npm start`, this
  // script is orphaned. Stop the app then too, rather than leave it holding the port and data.
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    setInterval(() => process.ppid !== parent && forward('SIGTERM'), 1000).unref();
  }
}

function startBrowser(args) {
  // better-sqlite3 13 crashes on Node 20; npm scripts run the project's own Node 22.
  if (Number(process.versions.node.split('.')[0]) < 22) {
    say(`Нужен Node.js 22 или новее (сейчас ${process.version}). Запускайте через npm start или npm run start:browser.`);
    process.exit(1);
  }
  if (rendererIsStale()) {
    say('Собираю интерфейс…');
    runTool('vite/bin/vite.js', ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], 'собрать интерфейс');
  }
  supervise(spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', ...args], { cwd: root, stdio: 'inherit' }));
}

function startElectron(binary, args) {
  say('Собираю приложение…');
  runTool('electron-vite/bin/electron-vite.js', ['build', '--logLevel', 'warn'], 'собрать приложение');
  if (args.includes('--port')) say('Параметр --port нужен только в режиме браузера; здесь он не используется.');
  const env = { ...process.env };
  // Set by some tools; it would make the binary run as plain Node instead of the app.
  delete env.ELECTRON_RUN_AS_NODE;
  supervise(spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit', env }));
}

const argv = process.argv.slice(2);
const args = argv.filter((arg) => arg !== '--browser');
if (argv.includes('--browser')) {
  startBrowser(args);
} else {
  let binary = electronBinary();
  let reason = null;
  if (!binary) {
    reason = installElectron();
    binary = electronBinary();
  }
  if (binary) {
    startElectron(binary, args);
  } else {
    say(`Electron недоступен на этой машине (${reason ?? 'исполняемый файл не найден'}) — запускаю режим браузера.`);
    say('Интерфейс откроется в браузере по адресу, который будет напечатан ниже.');
    startBrowser(args);
  }
}
