/** The Chinese application menu: standard editing and zoom roles, and 关于 with the version and data folder. */
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** Installs the menu for the main window. */
export function setupMenu(window: BrowserWindow, dataFolder: string): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(window, dataFolder)));
}

function menuTemplate(window: BrowserWindow, dataFolder: string): MenuItemConstructorOptions[] {
  return [
    { label: '文件(&F)', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销' }, { role: 'redo', label: '重做' }, { type: 'separator' },
        { role: 'cut', label: '剪切' }, { role: 'copy', label: '复制' }, { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { role: 'zoomIn', label: '放大' }, { role: 'zoomOut', label: '缩小' }, { role: 'resetZoom', label: '实际大小' },
        { type: 'separator' }, { role: 'togglefullscreen', label: '全屏' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: '开发者工具' } as const]),
      ],
    },
    { label: '帮助(&H)', submenu: [{ label: '关于血站季报', click: () => void showAbout(window, dataFolder) }] },
  ];
}

async function showAbout(window: BrowserWindow, dataFolder: string): Promise<void> {
  await dialog.showMessageBox(window, {
    type: 'info',
    title: '关于血站季报',
    message: `血站季报 ${app.getVersion()}`,
    detail: `把区县月度采血报表汇总成季度血液保障工作简报。\n数据保存在：${dataFolder}`,
  });
}
