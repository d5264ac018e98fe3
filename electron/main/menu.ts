/**
 * The application menu, in Russian. Deliberately small: the work happens in the window, so the
 * menu offers only what a person expects from any program (quit, clipboard, zoom, about).
 * There is no "Reload": reloading would drop whatever is typed into an unsaved form.
 */
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appVersion: string;
  dataDir: string;
  devTools: boolean;
  platform?: NodeJS.Platform;
  onAbout: () => void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = (options.platform ?? process.platform) === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: 'Обычный размер' },
    { role: 'zoomIn', label: 'Крупнее' },
    { role: 'zoomOut', label: 'Мельче' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Во весь экран' },
  ];
  if (options.devTools) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Инструменты разработчика' });
  return [
    ...(mac ? [{ role: 'appMenu' as const, label: 'Опора' }] : []),
    { label: 'Файл', submenu: [mac ? { role: 'close', label: 'Закрыть окно' } : { role: 'quit', label: 'Выход' }] },
    {
      label: 'Правка',
      submenu: [
        { role: 'undo', label: 'Отменить' },
        { role: 'redo', label: 'Повторить' },
        { type: 'separator' },
        { role: 'cut', label: 'Вырезать' },
        { role: 'copy', label: 'Копировать' },
        { role: 'paste', label: 'Вставить' },
        { role: 'selectAll', label: 'Выделить всё' },
      ],
    },
    { label: 'Вид', submenu: view },
    { label: 'Справка', submenu: [{ label: 'О программе «Опора»', click: options.onAbout }] },
  ];
}

export function aboutText(options: Pick<MenuOptions, 'appVersion' | 'dataDir'>): string {
  return `Версия ${options.appVersion}\nПапка данных: ${options.dataDir}\n\nРаботает без интернета: данные хранятся только на этом компьютере.`;
}

export function installMenu(options: Omit<MenuOptions, 'onAbout'>, window: () => BrowserWindow | null): void {
  const onAbout = () => {
    const details = { type: 'info' as const, title: 'О программе', message: 'Опора', detail: aboutText(options), buttons: ['Закрыть'] };
    const parent = window();
    void (parent ? dialog.showMessageBox(parent, details) : dialog.showMessageBox(details));
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ ...options, onAbout })));
  app.setAboutPanelOptions({ applicationName: 'Опора', applicationVersion: options.appVersion });
}
