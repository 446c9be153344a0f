import type { Profile } from '../model.ts';
import { DEFAULT_CHECKS } from './check-settings.ts';

/**
 * A starter settings file for one issue (the CLI's `settings` command): every key parseReportSettings reads, the
 * station as 编印单位 and the profile's population source filled in, the rest left blank to fill. null keeps the
 * default (the parser skips it), so the file can be used as written. Keys are the public settings contract.
 */
export function starterSettings(profile: Profile | null): Record<string, unknown> {
  const sources = [...new Set((profile?.counties ?? []).flatMap((c) => (c.populationSource ? [c.populationSource] : [])))];
  return {
    说明: '每期简报一份设置：填写期号（本年已印发简报的下一个序号）、报送发单位和印数后，用 blood-brief report --settings 本文件 生成简报；null 表示暂用默认值。checks 为数据核查阈值：dueDay 次月几日前报送（之后到达记为迟报）；某月与去年同月相差超过 yearOnYearPercent%、且与前 trailingMonths 个月平均相差超过 trailingPercent% 时提示核对；常住人口一年变化超过 populationChangePercent% 时提示核对。',
    name: '血液保障工作简报',
    issueNumber: null,
    supplement: false,
    unit: profile?.station ?? '',
    date: null,
    internal: true,
    recipients: { 报: '', 送: '', 发: '' },
    copies: null,
    populationSource: sources.join('、'),
    freeText: '',
    fonts: { bundledOnly: false },
    checks: { ...(profile?.checks ?? DEFAULT_CHECKS) },
  };
}
