/**
 * `npm run bench [-- --packages N] [--runs N]`: how fast the exchange is on this machine, against
 * the targets of issue 3. Not part of `npm test` (timings depend on the machine).
 *
 * 1. export of the demo school through the core (median of --runs after warm-up; ≤ 300 ms);
 * 2. verify + import of one package into a curator copy (median; ≤ 150 ms); verify alone shown too;
 * 3. a folder of --packages demo district packages (500) imported into a fresh curator copy
 *    through core.local.importPath with trustNew, in a child process: total seconds (≤ 60 s) and
 *    the child's peak resident memory (getrusage maxRSS; ≤ 500 MB). Generating the folder is not timed.
 *
 * Prints a table and one JSON line (`BENCH {...}`). Exit code 0; with --check, 1 when a target is missed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appVersion, migrationsFolder } from '../../electron/core/app-info';
import { call, createCore, type Core } from '../../electron/core/core';
import { writeDemoDistrict } from '../../electron/core/demo/demo-district';
import { generateDemoSchool } from '../../electron/core/demo/demo-school';
import { readPackageFile } from '../../electron/core/exchange';

const thisFile = fileURLToPath(import.meta.url);

async function openCore(dataDir: string): Promise<Core> {
  const core = await createCore({ dataDir, migrationsFolder: migrationsFolder(), appVersion: appVersion() });
  if (core.problem) throw new Error(core.problem.message);
  return core;
}

async function curatorCore(dataDir: string): Promise<Core> {
  const core = await openCore(dataDir);
  await call(core, 'setup.initialize', { mode: 'curator', districtName: 'Жуковский район', curatorName: 'Куратор' });
  return core;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return { runs: sorted.length, median: round(median), p90: round(quantile(sorted, 0.9)), min: round(sorted[0]!), max: round(sorted.at(-1)!) };
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

async function benchExport(root: string, runs: number, warmup: number) {
  const dataDir = path.join(root, 'school');
  const core = await openCore(dataDir);
  try {
    const demo = generateDemoSchool(1);
    await call(core, 'setup.initialize', { mode: 'school', profile: demo.profile });
    for (const passport of demo.passports) {
      await call(core, 'passport.create', { year: passport.year, copyFrom: null });
      await call(core, 'passport.save', { year: passport.year, values: passport.values });
    }
    const samples: number[] = [];
    let size = 0;
    for (let run = 0; run < warmup + runs; run += 1) {
      const [ms, written] = await timed(() => core.local.exportReport(path.join(root, 'exports', `r${run}.xlsx`), true));
      size = Buffer.from(written.contentBase64, 'base64').length;
      if (run >= warmup) samples.push(ms);
    }
    return { ...stats(samples), fileKb: round(size / 1024) };
  } finally {
    core.close();
  }
}

async function benchImport(root: string, runs: number, warmup: number) {
  const folder = path.join(root, 'single');
  fs.mkdirSync(folder);
  const files = await writeDemoDistrict(folder, warmup + runs, 101);
  const verify: number[] = [];
  for (const [index, file] of files.entries()) {
    const [ms] = await timed(() => readPackageFile(file));
    if (index >= warmup) verify.push(ms);
  }
  const core = await curatorCore(path.join(root, 'curator-single'));
  const imports: number[] = [];
  try {
    for (const [index, file] of files.entries()) {
      const [ms, outcome] = await timed(() => core.local.importPath(file, { trustNew: true }));
      if (outcome.status !== 'imported') throw new Error(`${file}: ${outcome.status} — ${outcome.reason}`);
      if (index >= warmup) imports.push(ms);
    }
  } finally {
    core.close();
  }
  return { verify: stats(verify), verifyAndImport: stats(imports) };
}

interface BatchResult {
  seconds: number;
  counts: Record<string, number>;
  peakRssMb: number;
  rssBeforeMb: number;
}

/** The child: imports every package of a folder into a fresh curator copy and reports on stdout. */
async function batchChild(dataDir: string, folder: string) {
  const core = await curatorCore(dataDir);
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.xlsx')).sort();
  const counts: Record<string, number> = {};
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  for (const name of files) {
    const outcome = await core.local.importPath(path.join(folder, name), { trustNew: true });
    counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
  }
  const seconds = (performance.now() - start) / 1000;
  core.close();
  const result: BatchResult = { seconds: round(seconds, 2), counts, peakRssMb: round(process.resourceUsage().maxRSS / 1024), rssBeforeMb: round(rssBefore / 1024 / 1024) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function benchBatch(root: string, packages: number) {
  const folder = path.join(root, 'district');
  fs.mkdirSync(folder);
  const [generateMs] = await timed(() => writeDemoDistrict(folder, packages, 7));
  const folderMb = fs.readdirSync(folder).reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0) / 1024 / 1024;
  const child = spawn(process.execPath, [...process.execArgv, thisFile, '--child-import', path.join(root, 'curator-batch'), folder], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  // The parent's own view of the child's memory, where /proc exists (Linux): its high-water mark.
  let procPeakKb = 0;
  const status = `/proc/${child.pid}/status`;
  const sampler = setInterval(() => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(status, 'utf8'));
      if (match) procPeakKb = Math.max(procPeakKb, Number(match[1]));
    } catch {
      // not Linux, or the child has just ended
    }
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? -1)));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`the import child ended with ${code}`);
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as BatchResult;
  return { packages, generateSeconds: round(generateMs / 1000, 1), folderMb: round(folderMb), ...result, procPeakMb: procPeakKb ? round(procPeakKb / 1024) : null };
}

function line(cells: string[], widths: number[]) {
  return cells.map((cell, index) => cell.padEnd(widths[index]!)).join('  ');
}

async function main() {
  const { values } = parseArgs({ options: { packages: { type: 'string' }, runs: { type: 'string' }, check: { type: 'boolean' }, 'child-import': { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (values['child-import']) {
    const [dataDir, folder] = process.argv.slice(process.argv.indexOf('--child-import') + 1);
    return batchChild(dataDir!, folder!);
  }
  const packages = Number(values.packages ?? 500);
  const runs = Number(values.runs ?? 20);
  if (!Number.isInteger(packages) || packages < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--packages and --runs take positive integers');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-bench-'));
  try {
    console.log(`Опора: замеры обмена (Node ${process.version}, ядер процессора: ${os.cpus().length}, ${os.platform()})`);
    const exported = await benchExport(root, runs, 5);
    const single = await benchImport(root, runs, 5);
    console.log(`Готовлю папку из ${packages} пакетов демо-района (не входит в замер)…`);
    const batch = await benchBatch(root, packages);
    const peak = Math.max(batch.peakRssMb, batch.procPeakMb ?? 0);
    const rows = [
      ['экспорт демо-школы (медиана)', `${exported.median} мс`, '≤ 300 мс', exported.median <= 300, `p90 ${exported.p90} мс, ${exported.runs} замеров, файл ${exported.fileKb} КБ`],
      ['проверка пакета (медиана)', `${single.verify.median} мс`, '—', true, `p90 ${single.verify.p90} мс`],
      ['проверка + загрузка пакета (медиана)', `${single.verifyAndImport.median} мс`, '≤ 150 мс', single.verifyAndImport.median <= 150, `p90 ${single.verifyAndImport.p90} мс, ${single.verifyAndImport.runs} замеров`],
      [`загрузка папки из ${packages} пакетов`, `${batch.seconds} с`, '≤ 60 с', batch.seconds <= 60, `${JSON.stringify(batch.counts)}, ${batch.folderMb} МБ; подготовка ${batch.generateSeconds} с`],
      ['пиковая память процесса загрузки', `${peak} МБ`, '≤ 500 МБ', peak <= 500, `maxRSS ${batch.peakRssMb} МБ, /proc VmHWM ${batch.procPeakMb ?? '—'} МБ, до загрузки ${batch.rssBeforeMb} МБ`],
    ] as const;
    const widths = [38, 10, 10, 6];
    console.log(line(['Замер', 'Результат', 'Цель', 'Итог', 'Подробности'], widths));
    for (const [name, result, target, ok, detail] of rows) console.log(line([name, result, target, ok ? 'да' : 'НЕТ', detail], widths));
    const missed = rows.filter((row) => !row[3]).length;
    console.log(`BENCH ${JSON.stringify({ node: process.version, cpus: os.cpus().length, export: exported, ...single, batch: { ...batch, peakMb: peak }, missedTargets: missed })}`);
    if (values.check && missed > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

await main();
