/**
 * The handler map: one async function per channel of the contract, over the core. Electron-free, so main
 * registers it with ipcMain and the tests drive the very same map over HTTP or directly.
 */
import type { Handlers } from '../ipc/dispatch.ts';
import { appHandlers } from './app-handlers.ts';
import { briefingHandlers } from './briefing-handlers.ts';
import { dataHandlers } from './data-handlers.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { inputHandlers } from './input-handlers.ts';
import { overviewHandlers } from './overview-handlers.ts';
import { profileHandlers } from './profile-handlers.ts';
import { templateHandlers } from './template-handlers.ts';
import { mappingHandlers } from './mapping-handlers.ts';

/** Builds the handler map over its dependencies. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(deps),
    ...inputHandlers(deps),
    ...overviewHandlers(deps),
    ...profileHandlers(deps),
    ...briefingHandlers(deps),
    ...templateHandlers(deps),
    ...mappingHandlers(deps),
    ...dataHandlers(deps),
  };
}
