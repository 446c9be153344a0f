import type { InputFile, LayoutColumn, LayoutField, LayoutRule, Problem, Profile, Result } from '../model.ts';
import { cellAddress } from '../util/a1-address.ts';
import { headerLabels } from './header-labels.ts';
import { readSheets } from './read-sheets.ts';
import type { Mapping } from './mapping-types.ts';

export type { Mapping } from './mapping-types.ts';

/**
 * The layout rule a mapping makes: the header row's texts become the signature and each field keeps the text
 * of the header it was pointed at, so the rule survives moved rows and added columns (match-layout.ts).
 * A field pointed at an empty header cell, or two fields at one column, is refused naming the cell.
 */
export function ruleFromMapping(file: InputFile, mapping: Mapping, now: Date): Result<LayoutRule> {
  const read = readSheets(file);
  if (!read.ok) return read;
  const grid = read.value.sheets.find((s) => s.name === mapping.sheet);
  if (!grid) return refuse(file, `文件中没有工作表“${mapping.sheet}”`);
  const turned = mapping.monthsAs === 'columns';
  // Months across: the labels are one column's cells, and a field's "col" is its row.
  const labels = turned ? grid.rows.map((row) => ({ text: row[mapping.headerRow] ? String(row[mapping.headerRow]!.value ?? '').trim() : '' })) : headerLabels(grid, mapping.headerRow, 1);
  const address = (index: number) => (turned ? cellAddress(index, mapping.headerRow) : cellAddress(mapping.headerRow, index));
  const problems: Problem[] = [];
  const used = new Map<number, LayoutField>();
  const fields: Partial<Record<LayoutField, LayoutColumn>> = {};
  for (const [field, column] of Object.entries(mapping.columns) as [LayoutField, { col: number; unit?: 'U' | 'ml' }][]) {
    const at = address(column.col);
    const text = labels[column.col]?.text ?? '';
    if (text === '') problems.push({ file: file.name, sheet: grid.name, cell: at, message: turned ? '该单元格是空的：请指向写有指标名称的单元格' : '该单元格是空的：请指向写有列标题的单元格' });
    else if (used.has(column.col)) problems.push({ file: file.name, sheet: grid.name, cell: at, message: turned ? '同一行不能同时表示两个指标' : '同一列不能同时表示两个指标' });
    else fields[field] = column.unit ? { header: text, unit: column.unit } : { header: text };
    used.set(column.col, field);
  }
  const totalLabel = mapping.totalRow === undefined ? undefined : (grid.rows[mapping.totalRow] ?? []).map((c) => (c ? String(c.value ?? '').trim() : '')).find((t) => t !== '' && !/^[\d.,\s]+$/.test(t));
  if (mapping.totalRow !== undefined && !totalLabel) problems.push({ file: file.name, sheet: grid.name, cell: cellAddress(mapping.totalRow, 0), message: '所指的合计行没有名称（如“合计”），无法用于识别以后的文件' });
  if (problems.length > 0) return { ok: false, problems };
  const first = Math.min(...Object.values(mapping.columns).map((c) => c!.col));
  const header = labels.slice(turned ? first : 0).map((l) => l.text).filter((t) => t !== '');
  return { ok: true, value: { name: mapping.name, county: mapping.county, kind: 'collection', header, fields, ...(totalLabel ? { totalLabel } : {}), ...(turned ? { monthsAs: 'columns' as const } : {}), createdAt: now.toISOString().slice(0, 10), fromFile: file.name.split(/[\\/]/).pop() ?? file.name } };
}

/** The profile with the rule added (a rule of the same name replaced): what saving a mapping stores. */
export function withLayoutRule(profile: Profile, rule: LayoutRule): Profile {
  return { ...profile, layouts: [...(profile.layouts ?? []).filter((r) => r.name !== rule.name), rule] };
}

function refuse(file: InputFile, message: string): Result<LayoutRule> {
  return { ok: false, problems: [{ file: file.name, message }] };
}
