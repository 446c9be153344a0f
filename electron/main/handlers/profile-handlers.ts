/** 基础信息: the profile (station, counties, population, hospitals, targets), its JSON file, population tables. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Problem, Profile } from '../../core/model.ts';
import type { IpcContract, LoadedPopulation, LoadedProfile, SaveResult, Written } from '../../shared/ipc-contract.ts';
import { UserError } from '../user-error.ts';
import { readFolders, readProfile, rememberFolder, writeProfile } from './app-settings.ts';
import type { HandlerDeps } from './handler-deps.ts';

type ProfileHandlers = Pick<IpcContract, 'getProfile' | 'saveProfile' | 'importProfileFile' | 'exportProfileFile' | 'importPopulationFile' | 'saveLayouts'>;

/** The handlers of the profile screen. */
export function profileHandlers(deps: HandlerDeps): ProfileHandlers {
  return {
    getProfile: async () => readProfile(deps.store),
    saveProfile: async ({ profile }) => save(deps, profile),
    importProfileFile: () => importProfile(deps),
    exportProfileFile: ({ profile }) => exportProfile(deps, profile),
    importPopulationFile: () => importPopulation(deps),
    saveLayouts: async ({ layouts }) => saveLayouts(deps, layouts),
  };
}

/** Saves the profile only when the core's validator accepts it; otherwise returns its Chinese problems. */
function save(deps: HandlerDeps, json: unknown): SaveResult {
  const parsed = deps.core.parseProfile(withStoredLayouts(deps, json));
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  writeProfile(deps.store, parsed.value);
  return { ok: true };
}

/**
 * The editor does not carry the stored layout rules (they are edited on their own): saving or exporting its
 * profile keeps them, and adds the rules a profile JSON file brought in (a rule of the same name replaced).
 */
function withStoredLayouts(deps: HandlerDeps, json: unknown): unknown {
  const stored = readProfile(deps.store)?.layouts ?? [];
  if (typeof json !== 'object' || json === null || stored.length === 0) return json;
  const incoming = (json as { layouts?: unknown }).layouts;
  const added = Array.isArray(incoming) ? incoming : [];
  const names = new Set(added.map((r) => (r as { name?: unknown }).name));
  return { ...json, layouts: [...stored.filter((r) => !names.has(r.name)), ...added] };
}

/** Replaces the stored rules (renamed or deleted on the profile screen), validated with the profile. */
function saveLayouts(deps: HandlerDeps, layouts: unknown): SaveResult {
  const profile = readProfile(deps.store);
  if (profile === null) throw new UserError('尚未保存基础信息');
  const parsed = deps.core.parseProfile({ ...profile, layouts });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  writeProfile(deps.store, parsed.value);
  return { ok: true };
}

/** Reads a profile JSON the user chose, for review in the editor (saving is a separate step). */
async function importProfile(deps: HandlerDeps): Promise<LoadedProfile> {
  const file = await deps.dialogs.chooseFile('profile', readFolders(deps.store).profile);
  if (file === null) return { file: null, profile: null, problems: [] };
  rememberFolder(deps.store, 'profile', dirname(file));
  const json = parseJson(file, await readFile(file, 'utf8'));
  if (!json.ok) return { file, profile: null, problems: json.problems };
  const parsed = deps.core.parseProfile(json.value);
  return parsed.ok ? { file, profile: parsed.value, problems: [] } : { file, profile: null, problems: parsed.problems };
}

function parseJson(file: string, text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  try {
    // Windows Notepad saves UTF-8 with a BOM, which JSON.parse refuses.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, problems: [{ file: basename(file), message: '不是有效的 JSON 文件，无法读取基础信息' }] };
  }
}

/** Writes the profile as JSON (the same file the CLI's --profile reads). */
async function exportProfile(deps: HandlerDeps, json: unknown): Promise<Written> {
  const parsed = deps.core.parseProfile(withStoredLayouts(deps, json));
  if (!parsed.ok) throw new UserError(`基础信息有误，未导出：${parsed.problems.map((p) => p.message).join('；')}`);
  const path = await deps.dialogs.saveFile('profile', join(readFolders(deps.store).profile ?? '', profileFileName(parsed.value)));
  if (path === null) return { path: null };
  await writeFile(path, `${JSON.stringify(parsed.value, null, 2)}\n`, 'utf8');
  rememberFolder(deps.store, 'profile', dirname(path));
  return { path };
}

function profileFileName(profile: Profile): string {
  return `${profile.station || '血站'}基础信息.json`;
}

/** Reads 常住人口 from an Excel table the user chose; the editor merges the rows. */
async function importPopulation(deps: HandlerDeps): Promise<LoadedPopulation> {
  const file = await deps.dialogs.chooseFile('population', readFolders(deps.store).profile);
  if (file === null) return { file: null, rows: [], source: null, problems: [], warnings: [] };
  const table = deps.core.readPopulationTable({ name: file, bytes: new Uint8Array(await readFile(file)) }, readProfile(deps.store)?.checks?.populationChangePercent);
  return { file, ...table };
}
