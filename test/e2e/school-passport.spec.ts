/**
 * The first journey of a school: first run → school profile → social passport with a wrong
 * value (the error is shown and the value kept) → fix → reload → data persists and the ИСБ is
 * shown with its explanation; then the app is closed and started again on the same data.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './app-process';

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function fillPassport(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await field(page, label).fill(value);
}

test('школа: первый запуск, профиль, социальный паспорт, ИСБ, перезапуск', async ({ page }) => {
  const dataDir = tempDataDir();
  app = await startApp(dataDir);
  await page.goto(app.url);

  await page.getByRole('button', { name: /Школа/ }).click();
  await page.getByRole('button', { name: 'Создать копию школы' }).click();
  await expect(page.getByText('Укажите полное наименование школы')).toBeVisible();
  await field(page, 'Код ОО *').fill('400123');
  await field(page, 'Полное наименование *').fill('МКОУ «Берёзовская основная общеобразовательная школа»');
  await field(page, 'Краткое наименование').fill('Берёзовская ООШ');
  await field(page, 'Муниципалитет *').fill('Жуковский район');
  await page.getByLabel('Тип школы').selectOption('basic');
  await page.getByRole('button', { name: 'Создать копию школы' }).click();

  await expect(page.locator('.workspace-title')).toHaveText('Берёзовская ООШ');
  await page.getByRole('button', { name: /Создать паспорт за/ }).click();

  await fillPassport(page, { 'Обучающихся всего': '120', 'Обучающиеся из неполных семей': '140' });
  const singleParent = field(page, 'Обучающиеся из неполных семей');
  const nextToField = page.locator('#studentsSingleParent-messages');
  await expect(nextToField).toHaveText('Ошибка: Больше, чем «Обучающихся всего» (120): доля 116,7 % больше 100 %');
  await expect(singleParent).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Сохранено в/)).toBeVisible();

  await page.reload();
  await expect(field(page, 'Обучающиеся из неполных семей')).toHaveValue('140');
  await expect(nextToField).toContainText('доля 116,7 % больше 100 %');
  await expect(page.getByTestId('isb-missing')).toContainText('ИСБ не рассчитан');

  await fillPassport(page, {
    'Обучающиеся из неполных семей': '31',
    'Обучающиеся из многодетных семей': '28',
    'Обучающиеся из малообеспеченных семей': '40',
    'Родителей (законных представителей) всего': '200',
    'в т. ч. с высшим образованием': '36',
    'в т. ч. безработных': '22',
    'Обучающиеся с ОВЗ': '9',
    'Обучающиеся на профилактическом учёте, всего': '4',
  });
  await expect(singleParent).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('share-studentsSingleParent')).toHaveText('25,8 %');
  await expect(page.getByTestId('isb-value')).toBeVisible();
  await expect(page.getByText(/Сохранено в/)).toBeVisible();

  await page.reload();
  await expect(field(page, 'Обучающиеся из неполных семей')).toHaveValue('31');
  const isb = page.getByTestId('isb-value');
  await expect(isb).toBeVisible();
  const index = await isb.locator('.isb-number').textContent();
  await expect(page.getByRole('table')).toContainText('Обучающиеся из неполных семей');
  await expect(page.getByRole('table')).toContainText('24,0 % ± 9,0 %');

  await app.stop();
  app = await startApp(dataDir);
  await page.goto(app.url);
  await expect(page.locator('.workspace-title')).toHaveText('Берёзовская ООШ');
  await expect(field(page, 'Обучающиеся из неполных семей')).toHaveValue('31');
  await expect(page.getByTestId('isb-value').locator('.isb-number')).toHaveText(index ?? '');

  await page.getByRole('link', { name: 'Ключ подписи' }).click();
  await expect(page.getByTestId('fingerprint')).toHaveText(/^\d{4}-\d{4}-\d{4}-\d{4}-\d{4}$/);
  await expect(page.getByTestId('key-protection')).toContainText('доступный только вашей учётной записи');
});

test('база от более новой версии: понятное сообщение, файл не изменён', async ({ page }) => {
  const dataDir = tempDataDir();
  const database = path.join(dataDir, 'opora.sqlite');
  const sqlite = new Database(database);
  sqlite.pragma('user_version = 99');
  sqlite.close();
  const before = fs.readFileSync(database);
  app = await startApp(dataDir);
  await page.goto(app.url);
  await expect(page.getByRole('alert')).toContainText('создана более новой версией «Опоры»');
  await expect(page.getByRole('alert')).toContainText('Приложение ничего в ней не меняло');
  await app.stop();
  app = null;
  expect(fs.readFileSync(database).equals(before)).toBe(true);
});
