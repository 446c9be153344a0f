import { fillTemplate } from './fill-template.ts';
import { formatDate } from '../format/format-dates.ts';
import type { Masthead } from '../doc-model.ts';
import type { BriefingSettings } from './briefing-settings.ts';
import type { Wording } from './wording.ts';

/** The page-1 masthead: name, 第×期 (or 增刊第×期), 编印单位 and date, 内部资料 mark. */
export function buildMasthead(settings: BriefingSettings, wording: Wording): Masthead {
  const template = settings.supplement ? wording.masthead.supplementIssue : wording.masthead.issue;
  return {
    name: settings.name,
    issue: fillTemplate(template, { number: settings.issueNumber }),
    unit: settings.unit,
    date: formatDate(settings.date),
    internal: settings.internal,
  };
}
