/** 映射: a sheet the importer could not read, shown as a grid; staff point at its headers, see the figures, and save a layout rule. */
import { COLLECTION_FIELDS, type InputFile, type Profile } from '../../core/model.ts';
import type { FileResult, IpcContract, MappingInput, MappingPreview } from '../../shared/ipc-contract.ts';
import { UserError } from '../user-error.ts';
import { readProfile, setPending, writeProfile } from './app-settings.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { requireProfile } from './input-handlers.ts';
import { toFileResult } from './to-file-result.ts';

type MappingHandlers = Pick<IpcContract, 'getSheetPreview' | 'previewMapping' | 'saveMapping' | 'testLayoutRule' | 'getLayoutUses'>;

/** The handlers of the 映射 screen. */
export function mappingHandlers(deps: HandlerDeps): MappingHandlers {
  return {
    getSheetPreview: async ({ file }) => {
      const input = await chosenFile(deps, file);
      const preview = deps.core.sheetPreview(input);
      if (!preview.ok) throw new UserError(preview.problems.map((p) => p.message).join('；'));
      return { file, sheets: preview.value, counties: requireProfile(deps).counties.map((c) => c.name) };
    },
    previewMapping: async ({ file, mapping }) => preview(deps, await chosenFile(deps, file), mapping),
    saveMapping: async ({ file, mapping }) => save(deps, await chosenFile(deps, file), mapping),
    testLayoutRule: async ({ name, file }) => testRule(deps, name, await chosenFile(deps, file)),
    getLayoutUses: async () => layoutUses(deps),
  };
}

/** Only a file the user chose or dropped is read, as on the import screen. */
async function chosenFile(deps: HandlerDeps, path: string): Promise<InputFile> {
  if (!deps.allowed.allows(path)) throw new UserError(`以下路径不是通过“选择”或拖放提供的，已拒绝读取：${path}`);
  const { files, problems } = await deps.core.readInputs([path]);
  if (files.length === 0) throw new UserError(problems.map((p) => p.message).join('；') || `无法读取 ${path}`);
  return files[0];
}

/** The rule and what it reads, checked as an import would check it; nothing is stored. */
function preview(deps: HandlerDeps, file: InputFile, mapping: MappingInput): MappingPreview {
  const profile = requireProfile(deps);
  const rule = deps.core.ruleFromMapping(file, mapping, deps.now());
  if (!rule.ok) return { rule: null, records: [], problems: rule.problems };
  return readWith(deps, file, withRule(profile, rule.value), rule.value);
}

/** How many stored files each rule read: the figures in force whose source names the rule (see resolve-columns.ts). */
function layoutUses(deps: HandlerDeps): Record<string, number> {
  const rules = readProfile(deps.store)?.layouts ?? [];
  const months = [...new Set(deps.store.storedMonths().map((m) => m.month))];
  const readings = deps.store.collections(months).map((r) => [r.sources.wholeBloodDonors.file, r.sources.wholeBloodDonors.reading ?? ''] as const);
  return Object.fromEntries(rules.map((rule) => [rule.name, new Set(readings.filter(([, reading]) => reading.startsWith(`按版式规则“${rule.name}”`)).map(([file]) => file)).size]));
}

/** What one stored rule alone makes of a file (the profile screen's 用文件测试); nothing is stored. */
function testRule(deps: HandlerDeps, name: string, file: InputFile): MappingPreview {
  const profile = requireProfile(deps);
  const rule = profile.layouts?.find((r) => r.name === name);
  if (!rule) throw new UserError(`没有名为“${name}”的版式规则`);
  return readWith(deps, file, { ...profile, layouts: [rule] }, rule);
}

function readWith(deps: HandlerDeps, file: InputFile, profile: Profile, rule: NonNullable<MappingPreview['rule']>): MappingPreview {
  const parsed = deps.core.parseInput(file, profile);
  if (!parsed.ok) return { rule, records: [], problems: parsed.problems };
  const records = parsed.value.collections.map((r) => ({
    county: r.county, month: r.month,
    figures: { wholeBloodDonors: r.wholeBloodDonors, wholeBloodUnits: r.wholeBloodUnits, plateletDonors: r.plateletDonors, plateletDoses: r.plateletDoses },
    cells: Object.fromEntries(COLLECTION_FIELDS.map((f) => [f, r.sources[f].cells])),
  }));
  return { rule, records, problems: [] };
}

/** Saves the rule into the profile, then imports the file with it (all or nothing, as any import). */
function save(deps: HandlerDeps, file: InputFile, mapping: MappingInput): FileResult {
  const shown = preview(deps, file, mapping);
  if (shown.rule === null || shown.problems.length > 0) throw new UserError(`该映射还不能保存：${shown.problems.map((p) => p.message).join('；')}`);
  const profile = withRule(readProfile(deps.store) ?? requireProfile(deps), shown.rule);
  const [report] = deps.core.importInputs(deps.store, profile, [file], { replace: false, now: deps.now() }).files;
  const result = toFileResult(report);
  if (result.status === 'rejected') throw new UserError(`导入失败：${result.problems.map((p) => p.message).join('；')}`);
  writeProfile(deps.store, profile);
  setPending(deps.store, file.name, result.conflicts);
  return result;
}

function withRule(profile: Profile, rule: NonNullable<MappingPreview['rule']>): Profile {
  return { ...profile, layouts: [...(profile.layouts ?? []).filter((r) => r.name !== rule.name), rule] };
}
