/** 数据导入: choosing and dropping inputs, importing them with progress, and deciding conflicts. */
import { dirname } from 'node:path';
import type { InputFile, Profile } from '../../core/model.ts';
import type { FileResult, ImportResult, IpcContract } from '../../shared/ipc-contract.ts';
import { UserError } from '../user-error.ts';
import { readFolders, readPending, readProfile, rememberFolder, setPending } from './app-settings.ts';
import { backUpFirst } from './back-up-first.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { toFileResult } from './to-file-result.ts';

type InputHandlers = Pick<IpcContract, 'chooseInputs' | 'registerDropped' | 'importInputs' | 'resolveConflict' | 'cancelImport'>;

/** Whether an import is running and whether the user asked it to stop (one window, one import at a time). */
interface ImportRun {
  running: boolean;
  cancel: boolean;
}

/** The handlers of the import screen. */
export function inputHandlers(deps: HandlerDeps): InputHandlers {
  const run: ImportRun = { running: false, cancel: false };
  return {
    chooseInputs: async ({ mode }) => {
      const paths = await deps.dialogs.chooseInputs(mode, readFolders(deps.store).inputs);
      deps.allowed.add(paths);
      if (paths.length > 0) rememberFolder(deps.store, 'inputs', mode === 'folder' ? paths[0] : dirname(paths[0]));
      return paths;
    },
    registerDropped: async ({ paths }) => {
      deps.allowed.add(paths);
      return paths;
    },
    importInputs: async ({ paths, replace }) => {
      if (run.running) throw new UserError('正在导入，请等当前导入完成或取消后再导入。');
      run.running = true;
      run.cancel = false;
      try {
        return await importPaths(deps, paths, replace, () => run.cancel);
      } finally {
        run.running = false;
      }
    },
    resolveConflict: ({ file, choice }) => resolve(deps, file, choice),
    cancelImport: async () => {
      run.cancel = run.running;
      return run.running;
    },
  };
}

/** The saved profile, or a Chinese error saying where to enter it (files are matched against its names). */
export function requireProfile(deps: HandlerDeps): Profile {
  const profile = readProfile(deps.store);
  if (profile === null) throw new UserError('尚未填写基础信息：请先在“基础信息”页填写血站、地区和区县，再导入报表。');
  return profile;
}

/** Only paths the user chose or dropped are read. */
function refuseUnchosen(deps: HandlerDeps, paths: readonly string[]): void {
  const refused = paths.filter((p) => !deps.allowed.allows(p));
  if (refused.length > 0) throw new UserError(`以下路径不是通过“选择”或拖放提供的，已拒绝读取：${refused.join('、')}`);
}

/**
 * Imports through the core's batch loop, which pushes the bar before each file and stops before the next file on
 * a cancel, so every file is saved whole or not at all.
 */
async function importPaths(deps: HandlerDeps, paths: readonly string[], replace: boolean, cancelled: () => boolean): Promise<ImportResult> {
  const profile = requireProfile(deps);
  refuseUnchosen(deps, paths);
  const gathered = await deps.core.readInputs(paths);
  // Before a batch changes the database, a rolling backup (as the CLI makes before an import into --db).
  if (gathered.files.length > 0) backUpFirst(deps);
  const { files, cancelled: notImported } = await importFiles(deps, profile, gathered.files, replace, cancelled);
  return { files, problems: gathered.problems, skipped: gathered.skipped, ...(notImported === undefined ? {} : { cancelled: notImported }) };
}

/** Files through the pipeline; each file's undecided conflicts are remembered as soon as it is stored, for the overview and 替换 / 保留. */
async function importFiles(deps: HandlerDeps, profile: Profile, files: readonly InputFile[], replace: boolean, cancelled: () => boolean = () => false): Promise<{ files: FileResult[]; cancelled?: readonly string[] }> {
  const results: FileResult[] = [];
  const report = await deps.core.importInputsBounded(deps.store, profile, files, { replace, now: deps.now() }, {
    onProgress: (p) => deps.push({ task: 'import', ...p }),
    onFile: (r) => {
      const result = toFileResult(r);
      setPending(deps.store, r.file, result.conflicts);
      results.push(result);
    },
    cancelled,
  });
  return { files: results, ...(report.cancelled === undefined ? {} : { cancelled: report.cancelled }) };
}

/** 保留 forgets the incoming figures; 替换 re-imports the file with replace (the old version stays in history). */
async function resolve(deps: HandlerDeps, file: string, choice: 'replace' | 'keep'): Promise<FileResult | null> {
  if (!readPending(deps.store).some((p) => p.file === file)) throw new UserError(`没有待处理的冲突：${file}`);
  if (choice === 'keep') {
    setPending(deps.store, file, []);
    return null;
  }
  refuseUnchosen(deps, [file]);
  const { files, problems } = await deps.core.readInputs([file]);
  if (files.length === 0) throw new UserError(problems.map((p) => `${p.file}：${p.message}`).join('；') || `无法读取 ${file}`);
  backUpFirst(deps);
  return (await importFiles(deps, requireProfile(deps), [files[0]], true)).files[0] ?? null;
}
