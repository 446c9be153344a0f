/** The native implementation of {@link Dialogs}: Chinese titles and filters, modal to the main window. */
import { dialog, shell, type BrowserWindow, type FileFilter } from 'electron';
import type { Dialogs, OpenPurpose, SavePurpose } from './dialogs.ts';
import { INPUT_EXTENSIONS } from '../core/core-api.ts';

/** The spreadsheet types the core reads (INPUT_EXTENSIONS of read-inputs.ts, without the dot). */
const INPUT_FILTER: FileFilter = { name: '报表文件（Excel、WPS、ODS、CSV）', extensions: INPUT_EXTENSIONS.map((e) => e.slice(1)) };

const OPEN: Record<OpenPurpose, { title: string; filter: FileFilter }> = {
  profile: { title: '导入基础信息', filter: { name: '基础信息（JSON）', extensions: ['json'] } },
  population: { title: '从 Excel 导入常住人口', filter: { name: 'Excel 表格', extensions: ['xlsx'] } },
  backup: { title: '选择要恢复的数据库备份', filter: { name: '数据库备份（SQLite）', extensions: ['sqlite', 'db'] } },
};

const SAVE: Record<SavePurpose, { title: string; filter: FileFilter }> = {
  pdf: { title: '保存 PDF', filter: { name: 'PDF 文件', extensions: ['pdf'] } },
  xlsx: { title: '保存 Excel 表格', filter: { name: 'Excel 表格', extensions: ['xlsx'] } },
  profile: { title: '导出基础信息', filter: { name: '基础信息（JSON）', extensions: ['json'] } },
  backup: { title: '备份数据库', filter: { name: '数据库备份（SQLite）', extensions: ['sqlite'] } },
};

/** Dialogs attached to `window`. */
export function electronDialogs(window: BrowserWindow): Dialogs {
  return {
    chooseInputs: async (mode, defaultPath) => {
      const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = mode === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'];
      const title = mode === 'folder' ? '选择包含报表的文件夹' : '选择报表文件';
      const result = await dialog.showOpenDialog(window, { title, defaultPath, properties, filters: mode === 'files' ? [INPUT_FILTER] : [] });
      return result.canceled ? [] : result.filePaths;
    },
    chooseFile: async (purpose, defaultPath) => {
      const { title, filter } = OPEN[purpose];
      const result = await dialog.showOpenDialog(window, { title, defaultPath, properties: ['openFile'], filters: [filter] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseFolder: async (defaultPath) => {
      const result = await dialog.showOpenDialog(window, { title: '选择保存模板的文件夹', defaultPath, properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    saveFile: async (purpose, defaultPath) => {
      const { title, filter } = SAVE[purpose];
      const result = await dialog.showSaveDialog(window, { title, defaultPath, filters: [filter] });
      return result.canceled ? null : (result.filePath ?? null);
    },
    openPath: async (path) => {
      const failure = await shell.openPath(path);
      if (failure !== '') console.error(`openPath ${path}: ${failure}`);
    },
  };
}
