import { parseQuarter } from '../period/quarter.ts';
import type { Profile, QuarterId } from '../model.ts';

/** What the user decides about one issue of the briefing: masthead, tail, free text, and the clock. */
export interface BriefingSettings {
  /** 简报名称, printed red in the masthead. */
  readonly name: string;
  /** 第×期, numbered per year (增刊 numbered separately). */
  readonly issueNumber: number;
  /** An 增刊 (supplement) prints "增刊第×期". */
  readonly supplement: boolean;
  /** 编印单位, left of the date under the masthead. */
  readonly unit: string;
  /** The date printed in the masthead ("2025年4月11日"). */
  readonly date: Date;
  /** Prints the "内部资料" mark. */
  readonly internal: boolean;
  /** The 报 / 送 / 发 lists of the tail; empty ones are left out. */
  readonly recipients: { readonly 报: string; readonly 送: string; readonly 发: string };
  /** 印数; null prints no copies line. */
  readonly copies: number | null;
  /** The user's own 下一步工作 text (next quarter's work plan), printed under 三; one paragraph per non-empty line. */
  readonly freeText: string;
  /** 人口数据来源 printed in the 附件 (e.g. "渭南市统计局2024年国民经济和社会发展统计公报"); '' uses the profile's. */
  readonly populationSource?: string;
  /** The clock: DocMeta.creationDate, so the same inputs give the same PDF. */
  readonly now: Date;
}

/**
 * Settings for a quarter's briefing from the profile, dated `now`. The issue number defaults to the quarter number
 * only as a placeholder: 期号 counts the briefings issued in the year, so missingSettings asks for it.
 */
export function defaultBriefingSettings(profile: Profile, quarter: QuarterId, now: Date): BriefingSettings {
  return {
    name: '血液保障工作简报',
    issueNumber: parseQuarter(quarter)?.q ?? 1,
    supplement: false,
    unit: profile.station,
    date: now,
    internal: true,
    recipients: { 报: '', 送: '', 发: '' },
    copies: null,
    freeText: '',
    populationSource: '',
    now,
  };
}
