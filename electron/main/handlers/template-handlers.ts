/** 模板下载: writes the blank county and supply input workbooks into a folder the user chose. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcContract, TemplatesWritten } from '../../shared/ipc-contract.ts';
import { readFolders, readProfile, rememberFolder } from './app-settings.ts';
import type { HandlerDeps } from './handler-deps.ts';

/** The handler of the templates screen. */
export function templateHandlers(deps: HandlerDeps): Pick<IpcContract, 'saveTemplates'> {
  return { saveTemplates: () => saveTemplates(deps) };
}

async function saveTemplates(deps: HandlerDeps): Promise<TemplatesWritten> {
  const folder = await deps.dialogs.chooseFolder(readFolders(deps.store).templates);
  if (folder === null) return { folder: null, files: [] };
  const templates = await deps.core.inputTemplates(readProfile(deps.store));
  await Promise.all(templates.map((t) => writeFile(join(folder, t.name), t.bytes)));
  rememberFolder(deps.store, 'templates', folder);
  return { folder, files: templates.map((t) => t.name) };
}
