/**
 * One validator per channel: the payload as the renderer sent it → the typed argument of the handler.
 * Keyed by channel, so this object is also the run-time list of channels main answers.
 */
import type { ArgsOf, BriefingSettingsInput, Channel, MappingInput } from '../../shared/ipc-contract.ts';
import { parseIssueSettings } from '../../core/core-api.ts';
import { UserError } from '../user-error.ts';
import { empty, flag, list, matching, oneOf, record, text, whole } from './payload-check.ts';

/** Validates one channel's payload; throws a UserError when it is malformed. */
export type PayloadValidator<C extends Channel> = (payload: unknown) => ArgsOf<C>;

const QUARTER = /^\d{4}Q[1-4]$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TOKEN = /^[0-9a-f]{8,64}$/;

function quarterArgs(payload: unknown): { quarter: string } {
  return { quarter: matching(record(payload).quarter, 'quarter', QUARTER, '季度（如 2025Q1）') };
}

function paths(value: unknown, field: string): string[] {
  return list(value, field, (v, at) => text(v, at, true));
}

/** The settings by the core's one reader of their serialised form (every key required). */
function briefingSettings(value: unknown): BriefingSettingsInput {
  const parsed = parseIssueSettings(record(value, 'settings'), null, 'settings');
  if (!parsed.ok) throw new UserError(`请求参数无效：${parsed.problems.map((p) => p.message).join('；')}`);
  return parsed.value;
}

const LAYOUT_FIELDS = ['wholeBloodDonors', 'wholeBloodUnits', 'plateletDonors', 'plateletDoses', 'wholeBlood200', 'wholeBlood300', 'wholeBlood400', 'month'] as const;

function mapping(value: unknown): MappingInput {
  const m = record(value, 'mapping');
  const columns = record(m.columns, 'mapping.columns');
  const picked = Object.entries(columns).map(([key, v]) => {
    const field = oneOf(key, 'mapping.columns', LAYOUT_FIELDS);
    const c = record(v, `mapping.columns.${field}`);
    const unit = c.unit === undefined ? undefined : oneOf(c.unit, `mapping.columns.${field}.unit`, ['U', 'ml'] as const);
    return [field, { col: whole(c.col, `mapping.columns.${field}.col`, 0, 16383), ...(unit ? { unit } : {}) }] as const;
  });
  return {
    name: text(m.name, 'mapping.name', true), county: text(m.county, 'mapping.county', true), sheet: text(m.sheet, 'mapping.sheet', true),
    headerRow: whole(m.headerRow, 'mapping.headerRow', 0, 1_048_575), columns: Object.fromEntries(picked),
    ...(m.totalRow === undefined ? {} : { totalRow: whole(m.totalRow, 'mapping.totalRow', 0, 1_048_575) }),
    ...(m.monthsAs === undefined ? {} : { monthsAs: oneOf(m.monthsAs, 'mapping.monthsAs', ['rows', 'columns'] as const) }),
  };
}

function fileAndMapping(p: unknown): { file: string; mapping: MappingInput } {
  return { file: text(record(p).file, 'file', true), mapping: mapping(record(p).mapping) };
}

/** The validators of every channel of the contract (the mapped type makes a missing channel a type error). */
export const PAYLOAD_VALIDATORS: { readonly [C in Channel]: PayloadValidator<C> } = {
  getAppInfo: empty,
  chooseInputs: (p) => ({ mode: oneOf(record(p).mode, 'mode', ['files', 'folder'] as const) }),
  registerDropped: (p) => ({ paths: paths(record(p).paths, 'paths') }),
  importInputs: (p) => ({ paths: paths(record(p).paths, 'paths'), replace: flag(record(p).replace, 'replace') }),
  resolveConflict: (p) => ({ file: text(record(p).file, 'file', true), choice: oneOf(record(p).choice, 'choice', ['replace', 'keep'] as const) }),
  cancelImport: empty,
  getOverview: (p) => ({ year: whole(record(p).year, 'year', 2000, 2100) }),
  getCellDetail: (p) => ({ county: text(record(p).county, 'county', true), month: matching(record(p).month, 'month', MONTH, '月份（如 2025-01）') }),
  getImportHistory: empty,
  getProfile: empty,
  // The profile itself is checked by the core's parseProfile, which names every bad field in Chinese.
  saveProfile: (p) => ({ profile: record(record(p).profile, 'profile') }),
  importProfileFile: empty,
  exportProfileFile: (p) => ({ profile: record(record(p).profile, 'profile') }),
  importPopulationFile: empty,
  getBriefingSettings: quarterArgs,
  saveBriefingSettings: (p) => ({ quarter: quarterArgs(p).quarter, settings: briefingSettings(record(p).settings) }),
  getQuarterView: quarterArgs,
  renderBriefing: (p) => ({ quarter: quarterArgs(p).quarter, settings: briefingSettings(record(p).settings) }),
  renderTables: quarterArgs,
  exportPdf: (p) => ({ token: matching(record(p).token, 'token', TOKEN, '预览编号') }),
  exportTablesXlsx: quarterArgs,
  saveTemplates: empty,
  // The rules themselves are checked by the core's parseProfile, which names every bad field in Chinese.
  saveLayouts: (p) => ({ layouts: list(record(p).layouts, 'layouts', (v, at) => record(v, at)) }),
  testLayoutRule: (p) => ({ name: text(record(p).name, 'name', true), file: text(record(p).file, 'file', true) }),
  getLayoutUses: empty,
  getSheetPreview: (p) => ({ file: text(record(p).file, 'file', true) }),
  previewMapping: fileAndMapping,
  saveMapping: fileAndMapping,
  getDataOverview: empty,
  planDeleteImport: (p) => ({ importId: whole(record(p).importId, 'importId', 1, 2 ** 31) }),
  deleteImport: (p) => ({ importId: whole(record(p).importId, 'importId', 1, 2 ** 31) }),
  restoreVersion: (p) => ({ kind: oneOf(record(p).kind, 'kind', ['collection', 'supply'] as const), versionId: whole(record(p).versionId, 'versionId', 1, 2 ** 31) }),
  undoAct: empty,
  redoAct: empty,
  backupDatabase: empty,
  chooseBackup: (p) => ({ path: record(p).path === null ? null : text(record(p).path, 'path', true) }),
  restoreBackup: (p) => ({ path: text(record(p).path, 'path', true) }),
  reissueBriefing: (p) => ({ id: whole(record(p).id, 'id', 1, 2 ** 31) }),
};

/** The channels main answers, in contract order. */
export const CHANNELS = Object.keys(PAYLOAD_VALIDATORS) as Channel[];
