/**
 * The real core behind {@link AppCore}: the same functions the CLI calls, with the same settings reader.
 * PDFs and workbooks are rendered off the main thread (render/worker-renderer.ts) from the same inputs.
 */
import { boundedParser, briefingArchiveEntry, briefingSnapshot, defaultBriefingSettings, reissueBriefing, importInputsBounded, inputTemplates, loadReader, parseProfile, parseReportSettings, readInputs, summariseFromStore, type QuarterStatistics, type ReportSettings } from '../core/core-api.ts';
import type { Profile } from '../core/model.ts';
import type { BriefingSettingsInput } from '../shared/ipc-contract.ts';
import { briefingSettingsJson } from './briefing-settings-json.ts';
import type { AppCore } from './app-core.ts';
import { toWireSettings, type Renderer } from './render/render-job.ts';
import { workerRenderer } from './render/worker-renderer.ts';
import { UserError } from './user-error.ts';


/** The core as wired into the desktop app; `render` runs the PDF and workbook renderings (default: a worker thread). */
export async function realCore(render: Renderer = workerRenderer()): Promise<AppCore> {
  const { briefingNarrative, importInputs, parseInput, readPopulationTable, ruleFromMapping, sheetPreview } = await loadReader();
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
    briefingSnapshot,
    briefingArchiveEntry: (profile, snapshot, input, now, pdf) => {
      const settings = reportSettings(profile, snapshot.statistics, input, now);
      return briefingArchiveEntry(profile, snapshot.statistics.quarter, snapshot, settings.briefing, settings.fonts, pdf);
    },
    reissueBriefing,
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
