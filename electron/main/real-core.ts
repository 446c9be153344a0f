/** The real core behind {@link CoreApi}: the same functions the CLI calls, with the same settings reader. */
import { briefingNarrative } from '../core/briefing/briefing-narrative.ts';
import { defaultBriefingSettings } from '../core/briefing/briefing-settings.ts';
import { inputTemplates } from '../core/input-templates/input-templates.ts';
import { readInputs } from '../core/io/read-inputs.ts';
import type { Profile } from '../core/model.ts';
import { briefingPdf } from '../core/pipeline/briefing-pdf.ts';
import { importInputs } from '../core/pipeline/import-inputs.ts';
import { summariseFromStore } from '../core/pipeline/summarise-from-store.ts';
import { tablesPdf, tablesWorkbook } from '../core/pipeline/tables-output.ts';
import { parseProfile } from '../core/profile/parse-profile.ts';
import { parseReportSettings, type ReportSettings } from '../core/settings/parse-report-settings.ts';
import type { QuarterStatistics } from '../core/stats/quarter-statistics.ts';
import type { BriefingSettingsInput } from '../shared/ipc-contract.ts';
import { briefingSettingsJson } from './briefing-settings-json.ts';
import type { CoreApi } from './core-api.ts';
import { readPopulationTable } from './population/read-population-table.ts';
import { UserError } from './user-error.ts';

/** The core as wired into the desktop app. */
export function realCore(): CoreApi {
  return {
    readInputs,
    importInputs,
    parseProfile: (json) => parseProfile(json),
    summariseFromStore,
    narrative: (statistics) => briefingNarrative(statistics),
    briefingPdf: (profile, statistics, input, now) => {
      const settings = reportSettings(profile, statistics, input, now);
      return briefingPdf(statistics, settings.briefing, { fonts: settings.fonts });
    },
    tablesPdf: (statistics, now) => tablesPdf(statistics, now),
    tablesXlsx: (statistics, now) => tablesWorkbook(statistics, now),
    inputTemplates: (profile) => inputTemplates(profile ?? undefined),
    readPopulationTable,
  };
}

/** Exactly what `blood-brief report --settings` does: the profile's defaults, overlaid with the settings JSON. */
function reportSettings(profile: Profile, statistics: QuarterStatistics, input: BriefingSettingsInput, now: Date): ReportSettings {
  const parsed = parseReportSettings(briefingSettingsJson(input), defaultBriefingSettings(profile, statistics.quarter, now));
  if (!parsed.ok) throw new UserError(`简报设置有误：${parsed.problems.map((p) => p.message).join('；')}`);
  return parsed.value;
}
