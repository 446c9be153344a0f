import type { LayoutRule, Profile } from '../model.ts';
import { fileBaseName } from './file-base-name.ts';
import { findNamed } from './find-named.ts';
import { cellText, looksNumeric, type SheetGrid } from './sheet-grid.ts';

/** Where a sheet may name its county, for a taught rule to trust its header. */
export interface SheetNames {
  /** The file name without folders or extension. */
  readonly fileBase: string;
  readonly profile: Profile;
}

/**
 * Whether a rule found by its header may read this sheet and give it the rule's county. A header of plain words
 * ("采血点, 全血人次, …") is shared by many counties' files, so the header alone proves nothing about the county:
 * the rule applies only when the file name, the sheet name or a line above the header names the rule's county,
 * or when the file is named like the one the rule was taught from, digits aside ("XB导出202504" → "XB导出202505").
 */
export function ruleApplies(rule: LayoutRule, grid: SheetGrid, top: number, names: SheetNames): boolean {
  const above = grid.rows.slice(0, top).flatMap((row) => row.filter((cell) => cell && cell.value !== null && !looksNumeric(cell)).map((cell) => cellText(cell!)));
  const texts = [names.fileBase, grid.name, ...above];
  return texts.some((text) => findNamed(text, names.profile.counties).includes(rule.county)) || sameNamePattern(rule.fromFile, names.fileBase);
}

/** The file is named like the taught one with only its numbers changed; a name that is nearly all numbers says nothing. */
function sameNamePattern(fromFile: string | undefined, fileBase: string): boolean {
  if (fromFile === undefined) return false;
  const taught = fileBaseName(fromFile);
  if (taught.replace(/\d+/g, '').length < 2) return false;
  const pattern = new RegExp(`^${taught.split(/\d+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\d+')}$`);
  return pattern.test(fileBase);
}

/** Why a sheet whose header is a rule's was not read by it: no county named, so the rule's county would be a guess. */
export function withheldMessage(rule: LayoutRule): string {
  return `表头与版式规则“${rule.name}”（${rule.county}）相同，但文件名、工作表名和标题都没有写明${rule.county}，文件名也与学习该规则的文件“${rule.fromFile ?? ''}”不同，`
    + `未按该规则读取（以免把其他区县的报表记为${rule.county}），程序也无法自行读懂该表：请在文件名或标题中写明区县后重新导入`;
}
