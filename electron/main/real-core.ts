/**
 * The real core behind {@link AppCore}: the same functions the CLI calls, with the same settings reader.
 * PDFs and workbooks are rendered off the main thread (render/worker-renderer.ts) from the same inputs.
 */
import { boundedParser, briefingArchiveEntry, briefingSnapshot, defaultBriefingSettings, importInputsBounded, inputTemplates, loadReader, missingSettings, parseProfile, readInputs, reissueBriefing, resolveIssueSettings, summariseFromStore, type BriefingSettings, type QuarterStatistics } from '../core/core-api.ts';
import type { Profile } from '../core/model.ts';
import type { BriefingSettingsInput } from '../shared/ipc-contract.ts';
import type { AppCore } from './app-core.ts';
import type { Renderer } from './render/render-job.ts';
import { workerRenderer } from './render/worker-renderer.ts';


/** The core as wired into the desktop app; `render` runs the PDF and workbook renderings (default: a worker thread). */
export async function realCore(render: Renderer = workerRenderer()): Promise<AppCore> {
  const { briefingNarrative, importInputs, parseInput, readPopulationTable, ruleFromMapping, sheetPreview } = await loadReader();
  // One reading worker for the app's life; it holds the process open only while a file is being read.
  const parser = boundedParser();
  return {
    readInputs,
    importInputs,
    importInputsBounded: (store, profile, files, options, watch) => importInputsBounded(store, profile, files, options, parser, watch),
    parseProfile: (json) => parseProfile(json),
    summariseFromStore,
    narrative: (statistics) => briefingNarrative(statistics),
    // The app sets no fonts: the same lookup as a --settings file without `fonts`.
    briefingPdf: (profile, statistics, input, now) => render({ kind: 'briefingPdf', statistics, settings: briefingSettings(profile, statistics, input, now), fonts: {} }),
    // The form always shows a 期号 (proposed from the issues exported) and a 编印单位 (a blank one is refused as malformed).
    missingSettings: (profile, statistics, input, now) => missingSettings({
      briefing: briefingSettings(profile, statistics, input, now), issueGiven: true, unitGiven: true, profileSources: statistics.populationSources,
    }, 'form'),
    // The app sets no fonts (as a --settings file without `fonts`): the same lookup, so the same notice. Asked of the
    // render worker, which loads these faces for the briefing anyway, so the main process never parses them.
    fontNotice: async () => {
      const text = new TextDecoder().decode(await render({ kind: 'fontNotice', fonts: {} }));
      return text === '' ? null : text;
    },
    briefingSnapshot,
    briefingArchiveEntry: (profile, snapshot, input, now, pdf) =>
      briefingArchiveEntry(profile, snapshot.statistics.quarter, snapshot, briefingSettings(profile, snapshot.statistics, input, now), {}, pdf),
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

/** Exactly what `blood-brief report --settings` does with the same (validated) value: the issue's own over the profile's defaults. */
function briefingSettings(profile: Profile, statistics: QuarterStatistics, input: BriefingSettingsInput, now: Date): BriefingSettings {
  return resolveIssueSettings(input, defaultBriefingSettings(profile, statistics.quarter, now));
}
