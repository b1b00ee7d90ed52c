/**
 * The Electron menu, built from the command table the UI uses (main/contract/commands.ts), so a
 * label or a shortcut cannot differ between the menu, the palette and the shortcuts list.
 * Items do nothing themselves: they send `menu.command` and the UI runs the same command its
 * keys and palette run, so there is one flow per command to test.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_IDS, COMMAND_TABLE, menuShortcut, toAccelerator, type MenuPlace } from '../contract/commands';
import type { AppCommand, EventName, EventPayload } from '../contract';

type Send = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

function commandItems(place: MenuPlace, send: Send): MenuItemConstructorOptions[] {
  return COMMAND_IDS.filter((id) => COMMAND_TABLE[id].menu === place).map((id: AppCommand): MenuItemConstructorOptions => {
    const spec = COMMAND_TABLE[id];
    const item: MenuItemConstructorOptions = { label: spec.menuLabel ?? spec.label, click: () => send('menu.command', { command: id }) };
    const shortcut = menuShortcut(spec);
    if (shortcut) {
      item.accelerator = toAccelerator(shortcut);
      // The page handles the keys itself (useShortcuts), where it knows whether a dialog is open
      // or the focus is in a text field; the menu only shows them. (Honoured on Windows and
      // Linux; on macOS the page still sees the keys first and swallows the ones it handles.)
      item.registerAccelerator = false;
    }
    return item;
  });
}

export function buildMenu(send: Send, isMac: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [...commandItems('file', send), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    { label: '&Article', submenu: commandItems('article', send) },
    {
      label: '&View',
      submenu: [
        ...commandItems('view', send),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
      ],
    },
    { role: 'windowMenu' },
    { label: '&Help', submenu: commandItems('help', send) },
  ];
  return Menu.buildFromTemplate(template);
}
