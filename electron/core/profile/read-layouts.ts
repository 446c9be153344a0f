import type { County, LayoutColumn, LayoutField, LayoutRule } from '../model.ts';
import type { FieldReader } from './field-reader.ts';

const FIELDS: readonly LayoutField[] = ['wholeBloodDonors', 'wholeBloodUnits', 'plateletDonors', 'plateletDoses', 'wholeBlood200', 'wholeBlood300', 'wholeBlood400', 'month'];

/** The profile's `layouts` (taught layouts), validated like the rest: every field's header must be one of the rule's header texts. */
export function readLayouts(read: FieldReader, value: unknown, counties: readonly County[]): LayoutRule[] {
  const rules = read.list(value, 'layouts（版式规则）', (r, at) => readRule(read, r, at, counties));
  const names = rules.map((r) => r.name);
  names.forEach((name, i) => read.check(names.indexOf(name) === i, `layouts[${i + 1}].name`, `规则名称“${name}”重复`));
  return rules;
}

function readRule(read: FieldReader, value: unknown, at: string, counties: readonly County[]): LayoutRule {
  const r = read.object(value, at);
  const county = read.text(r?.county, `${at}.county（区县）`);
  read.check(county === '' || counties.some((c) => c.name === county), `${at}.county`, `“${county}”不是基础信息中的区县`);
  read.check(r?.kind === undefined || r.kind === 'collection', `${at}.kind`, '目前只支持采血表（collection）');
  const header = read.list(r?.header, `${at}.header（表头）`, (h, p) => read.text(h, p));
  const fields = readFields(read, r?.fields, `${at}.fields`, header);
  read.check(fields.wholeBloodDonors !== undefined || fields.wholeBlood200 !== undefined, `${at}.fields`, '至少要指明“全血人次”列或各血量档人次列');
  const optional = (key: 'createdAt' | 'fromFile' | 'totalLabel') => (r?.[key] === undefined ? {} : { [key]: read.text(r[key], `${at}.${key}`) });
  read.check(r?.monthsAs === undefined || r.monthsAs === 'rows' || r.monthsAs === 'columns', `${at}.monthsAs`, '应为 rows（月份成行）或 columns（月份成列）');
  const monthsAs = r?.monthsAs === 'columns' ? { monthsAs: 'columns' as const } : {};
  return { name: read.text(r?.name, `${at}.name（规则名称）`), county, kind: 'collection', header, fields, ...optional('totalLabel'), ...monthsAs, ...optional('createdAt'), ...optional('fromFile') };
}

function readFields(read: FieldReader, value: unknown, at: string, header: readonly string[]): LayoutRule['fields'] {
  const entries = Object.entries(read.object(value, at) ?? {});
  return Object.fromEntries(entries.filter(([key]) => read.check((FIELDS as readonly string[]).includes(key), `${at}.${key}`, `不认识的字段，可用：${FIELDS.join('、')}`))
    .map(([key, column]) => [key, readColumn(read, column, `${at}.${key}`, header, key as LayoutField)]));
}

function readColumn(read: FieldReader, value: unknown, at: string, header: readonly string[], field: LayoutField): LayoutColumn {
  const c = read.object(value, at);
  const text = read.text(c?.header, `${at}.header`);
  read.check(text === '' || header.includes(text), `${at}.header`, `“${text}”不在该规则的表头中`);
  const unit = c?.unit;
  read.check(unit === undefined || unit === 'U' || unit === 'ml', `${at}.unit`, '单位应为 U 或 ml');
  read.check(field !== 'wholeBloodUnits' || unit !== undefined, `${at}.unit`, '全血采集量须注明单位（U 或 ml）');
  return unit === 'U' || unit === 'ml' ? { header: text, unit } : { header: text };
}
