/**
 * The real core behind {@link CoreApi}: the same functions the CLI calls, with the same settings reader.
 * PDFs and workbooks are rendered off the main thread (render/worker-renderer.ts) from the same inputs.
 */
import { briefingNarrative } from '../core/briefing/briefing-narrative.ts';
import { defaultBriefingSettings } from '../core/briefing/briefing-settings.ts';
import { inputTemplates } from '../core/input-templates/input-templates.ts';
import { readInputs } from '../core/io/read-inputs.ts';
import { parseInput } from '../core/import/parse-input.ts';
import { ruleFromMapping } from '../core/import/rule-from-mapping.ts';
import { sheetPreview } from '../core/import/sheet-preview.ts';
import type { Profile } from '../core/model.ts';
import { boundedParser } from '../core/import/bounded-parser.ts';
import { importInputs } from '../core/pipeline/import-inputs.ts';
import { importInputsBounded } from '../core/pipeline/import-inputs-bounded.ts';
import { summariseFromStore } from '../core/pipeline/summarise-from-store.ts';
import { parseProfile } from '../core/profile/parse-profile.ts';
import { parseReportSettings, type ReportSettings } from '../core/settings/parse-report-settings.ts';
import type { QuarterStatistics } from '../core/stats/quarter-statistics.ts';
import type { BriefingSettingsInput } from '../shared/ipc-contract.ts';
import { briefingSettingsJson } from './briefing-settings-json.ts';
import type { CoreApi } from './core-api.ts';
import { readPopulationTable } from './population/read-population-table.ts';
import { toWireSettings, type Renderer } from './render/render-job.ts';
import { workerRenderer } from './render/worker-renderer.ts';
import { UserError } from './user-error.ts';

/** The core as wired into the desktop app; `render` runs the PDF and workbook renderings (default: a worker thread). */
export function realCore(render: Renderer = workerRenderer()): CoreApi {
  // One reading worker for the app's life; it holds the process open only while a file is being read.
  const parser = boundedParser();
  return {
    readInputs,
    importInputs,
    importFileBounded: async (store, profile, file, options) => (await importInputsBounded(store, profile, [file], options, parser)).files[0]!,
    parseProfile: (json) => parseProfile(json),
    summariseFromStore,
    narrative: (statistics) => briefingNarrative(statistics),
    briefingPdf: (profile, statistics, input, now) => {
      const settings = reportSettings(profile, statistics, input, now);
      return render({ kind: 'briefingPdf', statistics, settings: toWireSettings(settings.briefing), fonts: settings.fonts });
    },
    tablesPdf: (statistics, now) => render({ kind: 'tablesPdf', statistics, now: now.getTime() }),
    tablesXlsx: (statistics, now) => render({ kind: 'tablesXlsx', statistics, now: now.getTime() }),
    inputTemplates: (profile) => inputTemplates(profile ?? undefined),
    sheetPreview,
    ruleFromMapping,
    parseInput,
    readPopulationTable,
  };
}

/** Exactly what `blood-brief report --settings` does: the profile's defaults, overlaid with the settings JSON. */
function reportSettings(profile: Profile, statistics: QuarterStatistics, input: BriefingSettingsInput, now: Date): ReportSettings {
  const parsed = parseReportSettings(briefingSettingsJson(input), defaultBriefingSettings(profile, statistics.quarter, now));
  if (!parsed.ok) throw new UserError(`简报设置有误：${parsed.problems.map((p) => p.message).join('；')}`);
  return parsed.value;
}
