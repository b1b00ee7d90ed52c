import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventName, EventPayload } from '../contract';

type Send = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Menu items forward to the UI, so menu, button and drop share one import flow. */
export function buildMenu(send: Send, isMac: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('menu.command', { command: 'import' }) },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('menu.command', { command: 'import-folder' }) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
