/** Facts about the app for the window: version, data folder, default quarter, years with data. */
import { lastCompleteQuarter, quarterId } from '../../core/core-api.ts';
import type { IpcContract } from '../../shared/ipc-contract.ts';
import { readProfile } from './app-settings.ts';
import type { HandlerDeps } from './handler-deps.ts';

/** The handler of getAppInfo. */
export function appHandlers(deps: HandlerDeps): Pick<IpcContract, 'getAppInfo'> {
  return {
    getAppInfo: async () => ({
      version: deps.version,
      dataFolder: deps.dataFolder,
      defaultQuarter: quarterId(lastCompleteQuarter(deps.now())),
      years: yearsWithData(deps),
      hasProfile: readProfile(deps.store) !== null,
    }),
  };
}

/** Years with stored figures plus the current year, newest first. */
function yearsWithData(deps: HandlerDeps): number[] {
  const years = deps.store.storedMonths().map((s) => Number(s.month.slice(0, 4)));
  return [...new Set([deps.now().getFullYear(), ...years])].sort((a, b) => b - a);
}
