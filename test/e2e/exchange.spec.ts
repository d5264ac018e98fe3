/**
 * The exchange journey with two copies, as two people would do it: the school exports its
 * signed package; the curator imports it, trusts the key after reading the fingerprint, reads
 * the school's passport, writes the review and signs a response; the school opens the
 * response, trusts the district's key and sees the statuses and recommendations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './app-process';

const apps: RunningApp[] = [];
test.afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()));
});

function opora(...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', 'opora', '--', ...args], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}

test('школа → куратор → ответ школе', async ({ page, browser }) => {
  const schoolDir = tempDataDir('opora-e2e-school-');
  const curatorDir = tempDataDir('opora-e2e-curator-');
  const files = tempDataDir('opora-e2e-files-');
  fs.rmSync(schoolDir, { recursive: true });
  fs.rmSync(curatorDir, { recursive: true });
  opora('demo', 'school', '--data-dir', schoolDir, '--seed', '11');
  opora('init', '--data-dir', curatorDir, '--mode', 'curator', '--municipality', 'Жуковский район', '--curator-name', 'Соколова Анна Викторовна');
  const school = await startApp(schoolDir);
  const curator = await startApp(curatorDir);
  apps.push(school, curator);

  // The school sends its package.
  await page.goto(school.url);
  await page.getByRole('link', { name: 'Отправка в район' }).click();
  const fingerprint = (await page.locator('.fingerprint-inline').first().textContent()) ?? '';
  expect(fingerprint).toMatch(/^\d{4}(-\d{4}){4}$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Сформировать и подписать пакет' }).click();
  const report = path.join(files, (await download).suggestedFilename());
  await (await download).saveAs(report);
  await expect(page.getByTestId('export-done')).toContainText('ревизия 1');
  expect(path.basename(report)).toMatch(/^opora_\d+_2025-2026_r1\.xlsx$/);

  // The curator imports it and trusts the school's key after comparing the fingerprint.
  const curatorPage = await browser.newPage();
  await curatorPage.goto(curator.url);
  await curatorPage.getByRole('link', { name: 'Импорт пакетов' }).click();
  await curatorPage.getByTestId('file-input').setInputFiles(report);
  await expect(curatorPage.getByTestId('import-summary')).toContainText('Ждут решения о доверии: 1');
  const trustItem = curatorPage.getByTestId('trust-item');
  await expect(trustItem).toContainText(fingerprint);
  await trustItem.getByRole('button', { name: 'Доверять ключу' }).click();
  await expect(trustItem).toHaveCount(0);

  // The same file again changes nothing.
  await curatorPage.getByTestId('file-input').setInputFiles(report);
  await expect(curatorPage.getByTestId('import-summary')).toContainText('Без изменений: 1');

  await curatorPage.getByRole('link', { name: 'Школы' }).click();
  await curatorPage.locator('.schools-table a').first().click();
  await expect(curatorPage.getByText('Социальный паспорт 2025/2026')).toBeVisible();
  await expect(curatorPage.getByTestId('isb-value').last()).toBeVisible();

  // The curator reviews and signs a response.
  await curatorPage.getByRole('tab', { name: 'Заключение и ответ школе' }).click();
  await curatorPage.getByLabel('Статус: Карточка ОО').selectOption('accepted');
  await curatorPage.getByLabel('Статус: Социальный паспорт 2025/2026').selectOption('remarks');
  await curatorPage.getByLabel('Комментарий: Социальный паспорт 2025/2026').fill('Уточните число подвозимых обучающихся');
  await curatorPage.getByLabel('Текст протокола').fill('Рассмотрено на заседании рабочей группы.');
  await curatorPage.getByRole('button', { name: 'Добавить рекомендацию' }).click();
  await curatorPage.getByLabel('Рекомендация 1', { exact: true }).fill('Организовать наставничество для молодых педагогов');
  const responseDownload = curatorPage.waitForEvent('download');
  await curatorPage.getByRole('button', { name: 'Подписать и сохранить ответ школе' }).click();
  const response = path.join(files, (await responseDownload).suggestedFilename());
  await (await responseDownload).saveAs(response);
  expect(path.basename(response)).toMatch(/^opora_\d+_response_r1\.xlsx$/);

  // The school opens the response and trusts the district's key.
  await page.getByRole('link', { name: 'Ответы района' }).click();
  await page.getByTestId('file-input').setInputFiles(response);
  await page.getByTestId('trust-item').getByRole('button', { name: 'Доверять ключу' }).click();
  const card = page.getByTestId('response');
  await expect(card).toContainText('Ответ № 1 на выгрузку № 1');
  await expect(card.getByRole('row', { name: /Социальный паспорт 2025\/2026/ })).toContainText('Есть замечания');
  await expect(card).toContainText('Уточните число подвозимых обучающихся');
  await expect(card).toContainText('Организовать наставничество для молодых педагогов');
});
