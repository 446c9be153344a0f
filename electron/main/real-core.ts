/** The real core behind {@link CoreApi}: the same functions the CLI calls. */
import { readInputs } from '../core/io/read-inputs.ts';
import { parseProfile } from '../core/profile/parse-profile.ts';
import type { CoreApi } from './core-api.ts';
import { readPopulationTable } from './population/read-population-table.ts';
import { UserError } from './user-error.ts';

function notReady(): never {
  throw new UserError('此功能尚未完成，请等待下一版本。');
}

/** The core as wired into the desktop app. */
export function realCore(): CoreApi {
  return {
    readInputs,
    parseProfile: (json) => parseProfile(json),
    readPopulationTable,
    importInputs: notReady,
    summariseFromStore: notReady,
    narrative: notReady,
    briefingPdf: notReady,
    tablesPdf: notReady,
    tablesXlsx: notReady,
    inputTemplates: notReady,
  };
}
